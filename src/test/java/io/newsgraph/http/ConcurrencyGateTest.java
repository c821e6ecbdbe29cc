package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.AtOnce;
import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One request executes at a time and two may wait: of sixteen sent at once, the ones beyond get 503 OVERLOADED, every
 * other one is answered in full, and the places are all free again afterwards. Mutations do not wait.
 */
@QuarkusTest
@TestProfile(ConcurrencyGateTest.OneAtATime.class)
class ConcurrencyGateTest {
    private static final String QUERY = "{ statements(first: 100) { totalCount nodes { slug speaker { name }"
            + " evidence { text source { title } } } } }";

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.max-concurrent", "1", "newsgraph.graphql.max-queued", "2");
        }
    }

    @Test
    void mutationsAreNeitherQueuedNorRefused() throws Exception {
        Map<String, Object> bundle;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bundles/g7-ukraine-loan.bundle.json")) {
            bundle = new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
        }
        String mutation = "mutation($b: BundleInput!) { ingestBundle(bundle: $b, dryRun: true) { dryRun } }";
        int checked = 0;
        for (Response r : AtOnce.send(16, client -> Gql.postAs("editor", mutation, Map.of("b", bundle)))) {
            assertThat(r.asString(), r.statusCode(), is(200));
            // writes at once may still collide on the database's row locks (CONFLICT, retry): not this gate's doing
            if (r.path("errors") == null) {
                assertThat(r.path("data.ingestBundle.dryRun"), is(true));
                checked++;
            } else {
                assertThat(r.asString(), r.path("errors[0].extensions.code"), is("CONFLICT"));
            }
        }
        assertThat(checked, greaterThan(0));
    }

    @Test
    void requestsBeyondTheWaitingLineAreRefusedAndTheOthersAnswered() throws Exception {
        int expected = given().contentType("application/json")
                .body(Map.of("query", QUERY))
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .path("data.statements.totalCount");
        int answered = 0;
        int refused = 0;
        // sixteen at once a few times over: at most three of each round can be running or waiting
        for (int round = 0; round < 20 && refused == 0; round++) {
            for (Response r : AtOnce.send(
                    16,
                    client -> given().contentType("application/json")
                            .body(Map.of("query", QUERY))
                            .post("/graphql"))) {
                if (r.statusCode() == 503) {
                    refused++;
                    assertThat(r.path("errors[0].extensions.code"), is("OVERLOADED"));
                    assertThat(r.header("Retry-After"), is("1"));
                } else {
                    answered++;
                    assertThat(r.statusCode(), is(200));
                    assertThat(r.path("data.statements.totalCount"), is(expected));
                    assertThat(r.path("data.statements.nodes.size()"), is(Math.min(expected, 100)));
                }
            }
        }
        assertThat(refused, greaterThan(0));
        assertThat(answered, greaterThan(1));
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("graphql_requests_running 0.0"));
        assertThat(metrics, containsString("graphql_requests_waiting 0.0"));
        given().contentType("application/json")
                .body(Map.of("query", QUERY))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.statements.totalCount", is(expected));
    }
}
