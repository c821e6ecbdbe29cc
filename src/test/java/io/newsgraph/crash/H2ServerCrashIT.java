package io.newsgraph.crash;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.Inputs;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.Bundle;
import io.newsgraph.ingest.BundleReader;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server on the H2 file database, killed with SIGKILL right after it answered a single mutation and an
 * ingestBundle: both writes are in the file, and the restarted server serves them.
 */
class H2ServerCrashIT {
    private static final String G7 = "/bundles/g7-ukraine-loan.bundle.json";
    private static final Pattern LISTENING = Pattern.compile(".*Listening on: http://[^:]+:(\\d+).*");

    @TempDir
    Path dir;

    @Test
    void writesAnsweredBeforeAKillAreServedAfterARestart() throws Exception {
        H2File database = new H2File(dir);
        Bundle g7;
        try (InputStream in = getClass().getResourceAsStream(G7)) {
            g7 = BundleReader.read(in);
        }
        ActorInput actor = Inputs.of(ActorInput.class)
                .with("slug", "crash-test-envoy")
                .with("name", "Crash Test Envoy")
                .with("kind", ActorKind.PERSON)
                .build();
        try (ChildApp server = serve(database)) {
            int port = port(server);
            graphql(
                            port,
                            "mutation { createActor(actor: {slug: \"crash-test-envoy\", name: \"Crash Test Envoy\","
                                    + " kind: PERSON}) { slug } }",
                            Map.of())
                    .body("data.createActor.slug", is("crash-test-envoy"));
            graphql(port, "mutation($b: BundleInput!) { ingestBundle(bundle: $b) { dryRun } }", Map.of("b", json(G7)))
                    .body("data.ingestBundle.dryRun", is(false));
            server.kill();
        }
        StoredGraph stored = StoredGraph.read(database);
        stored.assertWhole(
                "the actor createActor answered",
                new Bundle(Bundle.FORMAT, null, List.of(actor), null, null, null, null));
        stored.assertWhole("the bundle ingestBundle answered", g7);
        stored.assertConsistent();

        try (ChildApp server = serve(database)) {
            String statement = g7.statementsOrEmpty().get(0).slug();
            graphql(
                            port(server),
                            "{ actor(slug: \"crash-test-envoy\") { name } statement(slug: \"" + statement
                                    + "\") { slug } }",
                            Map.of())
                    .body("data.actor.name", is("Crash Test Envoy"))
                    .body("data.statement.slug", is(statement));
        }
    }

    private static ChildApp serve(CrashDatabase database) {
        List<String> args = new ArrayList<>(database.childJvmArgs());
        args.addAll(List.of(
                "-Dquarkus.http.port=0",
                "-Dquarkus.log.console.json.enabled=false",
                "-Dquarkus.security.users.embedded.users.editor=editor",
                "-Dquarkus.security.users.embedded.roles.editor=editor"));
        return ChildApp.start(database.app(), args, List.of());
    }

    private static int port(ChildApp server) {
        Matcher listening = LISTENING.matcher(server.await(LISTENING.asPredicate()));
        listening.matches();
        return Integer.parseInt(listening.group(1));
    }

    private static ValidatableResponse graphql(int port, String query, Map<String, Object> variables) {
        return given().baseUri("http://127.0.0.1")
                .port(port)
                .auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue());
    }

    private static Map<String, Object> json(String resource) throws IOException {
        try (InputStream in = H2ServerCrashIT.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
        }
    }
}
