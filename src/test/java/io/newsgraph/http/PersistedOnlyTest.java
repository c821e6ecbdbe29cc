package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production switch newsgraph.graphql.persisted-only: registered operations run, nothing else does. */
@QuarkusTest
@TestProfile(PersistedOnlyTest.PersistedOnly.class)
class PersistedOnlyTest {

    public static class PersistedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.persisted-only", "true");
        }
    }

    @Test
    void registeredOperationsRunByHashOrText() {
        String text = Gql.operation("ChoeVisit");
        given().contentType("application/json").body(PersistedOperationsTest.byHash(PersistedOperations.sha256(text)))
                .post("/graphql").then().statusCode(200).body("data.event.visitor.name", is("Choe Son-hui"));
        given().contentType("application/json").body(Map.of("query", text)).post("/graphql").then().statusCode(200)
                .body("data.event.visitor.name", is("Choe Son-hui"));
    }

    @Test
    void otherOperationsAreRefusedAndNotRegistered() {
        String query = "{ actors { totalCount } }";
        given().contentType("application/json").accept(GraphQlOverHttpTest.GRAPHQL_RESPONSE)
                .body(Map.of("query", query)).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_REQUIRED")).body("data", nullValue());
        String hash = PersistedOperations.sha256(query);
        given().contentType("application/json").body(Map.of("query", query, "extensions",
                PersistedOperationsTest.byHash(hash).get("extensions"))).post("/graphql").then()
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_REQUIRED"));
        given().contentType("application/json").body(PersistedOperationsTest.byHash(hash)).post("/graphql").then()
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));
    }
}
