package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each protection refuses a request that the GraphQL executor would otherwise have answered with data. */
@QuarkusTest
class HardeningTest {
    private static final String BODY = "{\"query\": \"{ actors { totalCount } }\"}";

    @Test
    void simpleRequestContentTypesAreRefused() {
        // the same body as application/json is answered with data
        given().contentType("application/json")
                .body(BODY)
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.actors.totalCount", is(18));
        // what Quarkus's GraphiQL sends (the header set twice, joined by the browser)
        assertThat(
                new JsonPath(raw("application/json, application/json", BODY).body()).getInt("data.actors.totalCount"),
                is(18));
        for (String type : new String[] {
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json, text/plain",
            "text/plain, application/json"
        }) {
            HttpResponse<String> response = raw(type, BODY);
            assertThat(type, response.statusCode(), is(415));
            JsonPath json = new JsonPath(response.body());
            assertThat(json.getString("errors[0].extensions.code"), is("UNSUPPORTED_MEDIA_TYPE"));
            assertThat(json.getString("errors[0].message"), containsString("CSRF"));
            assertThat(json.getString("data"), nullValue());
        }
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String padding = "#".repeat(600_000) + "\n";
        given().contentType("application/json")
                .body(Map.of("query", padding + "{ actors { totalCount } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.actors.totalCount", is(18));
        given().contentType("application/json")
                .body(Map.of("query", padding + padding + "{ actors { totalCount } }"))
                .post("/graphql")
                .then()
                .statusCode(413)
                .body("errors[0].extensions.code", is("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .contentType("application/json")
                .body(BODY)
                .post("/graphql")
                .then()
                .statusCode(403)
                .body(not(containsString("totalCount")));
    }

    @Test
    void transportErrorsLeakNoInternals() {
        assertNoInternals(raw("text/plain", "{").body());
        assertNoInternals(given().contentType("application/json")
                .body("{\"query\": 5}")
                .post("/graphql")
                .asString());
        assertNoInternals(given().contentType("application/json")
                .body("{\"query\":")
                .post("/graphql")
                .asString());
    }

    /** A POST with exactly this Content-Type and body, as a browser form or no-cors fetch would send it. */
    static HttpResponse<String> raw(String contentType, String body) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/graphql"))
                                    .header("Content-Type", contentType)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoInternals(String body) {
        assertThat(body, not(containsString("Exception")));
        assertThat(body, not(containsString("io.newsgraph")));
        assertThat(body, not(containsString("\tat ")));
    }
}
