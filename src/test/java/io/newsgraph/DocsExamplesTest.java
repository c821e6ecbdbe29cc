package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every ```graphql query in README.md and docs/ runs without errors and answers something; every subscription there
 * is accepted over WebSocket.
 */
@QuarkusTest
class DocsExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
        }
        return files;
    }

    @Test
    void everyDocumentedSubscriptionIsAccepted() throws Exception {
        int run = 0;
        for (Path file : files()) {
            Matcher m = BLOCK.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(1).trim().startsWith("subscription")) {
                    try (GraphQlSocket socket = GraphQlSocket.subscribe(endpoint, m.group(1))) {
                        JsonObject answer = socket.poll(700); // an invalid one is answered with an error at once
                        assertThat(file + ": " + m.group(1) + " got " + answer, answer, nullValue());
                    }
                    run++;
                }
            }
        }
        assertThat(run, greaterThan(2));
    }

    @Test
    void everyDocumentedQueryRuns() throws IOException {
        int run = 0;
        for (Path file : files()) {
            Matcher m = BLOCK.matcher(Files.readString(file));
            while (m.find()) {
                String query = m.group(1);
                if (query.trim().startsWith("mutation") || query.trim().startsWith("subscription")) {
                    continue;
                }
                JsonPath json = Gql.data(query);
                Map<String, Object> data = json.getMap("data");
                assertThat(file + ": " + query, data, not(nullValue()));
                assertThat(
                        file + ": " + query,
                        data.values().stream().filter(v -> v != null).count(),
                        greaterThan(0L));
                run++;
            }
        }
        assertThat(run, greaterThan(8));
    }
}
