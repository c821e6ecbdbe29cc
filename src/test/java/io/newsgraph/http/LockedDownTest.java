package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production switches turned on: introspection off, a small rate limit and a small cap on metric labels. Each
 * test comes from its own client address (X-Forwarded-For, trusted here) so the rate limit of one does not spill
 * into another.
 */
@QuarkusTest
@TestProfile(LockedDownTest.LockedDown.class)
class LockedDownTest {

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.introspection", "false",
                    "newsgraph.rate-limit.enabled", "true",
                    "newsgraph.rate-limit.burst", "3",
                    "newsgraph.rate-limit.per-second", "0.01",
                    "newsgraph.metrics.max-operation-names", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client).contentType("application/json");
    }

    @Test
    void introspectionIsRefusedButTypenameWorks() {
        from("10.0.0.1").body(Map.of("query", "{ __schema { queryType { name } } }")).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", is("INTROSPECTION_DISABLED"))
                .body(not(containsString("queryType\":{")));
        from("10.0.0.1").body(Map.of("query", "fragment T on Query { __type(name: \"Actor\") { name } } { ...T }"))
                .post("/graphql").then().body("errors[0].extensions.code", is("INTROSPECTION_DISABLED"));
        from("10.0.0.1").body(Map.of("query", "{ actor(slug: \"nato\") { __typename name } }")).post("/graphql")
                .then().statusCode(200).body("data.actor.__typename", is("Actor"));
    }

    @Test
    void aClientOverItsRateGets429WhileOthersAreServed() {
        for (int i = 0; i < 3; i++) {
            from("10.0.0.2").body(Map.of("query", "{ actors { totalCount } }")).post("/graphql").then()
                    .statusCode(200).body("data.actors.totalCount", is(18));
        }
        from("10.0.0.2").body(Map.of("query", "{ actors { totalCount } }")).post("/graphql").then()
                .statusCode(429).header("Retry-After", not(is("0")))
                .body("errors[0].extensions.code", is("RATE_LIMITED"));
        from("10.0.0.3").body(Map.of("query", "{ actors { totalCount } }")).post("/graphql").then()
                .statusCode(200);
    }

    @Test
    void operationNamesBeyondTheCapCountAsOther() {
        for (String name : new String[] {"First", "Second", "Third", "Fourth"}) {
            from("10.0.1." + name.length()).body(Map.of("query", "query " + name + " { actors { totalCount } }"))
                    .post("/graphql").then().statusCode(200);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("operation=\"other\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, not(containsString("operation=\"Fourth\"")));
    }
}
