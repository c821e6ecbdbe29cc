package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operations sent by SHA-256 hash: the registered ones from graphql/operations, and automatic registration. */
@QuarkusTest
class PersistedOperationsTest {

    static Map<String, Object> byHash(String hash) {
        return Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
    }

    @Test
    void registeredOperationsRunByHashOverPostAndGet() {
        String hash = PersistedOperations.sha256(Gql.operation("Deployments"));
        given().contentType("application/json")
                .body(byHash(hash))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.events.nodes[0].estimates[0].troops", is(10000));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.events.nodes[0].estimates[0].troops", is(10000));
    }

    @Test
    void unknownHashesAskForTheTextWhichThenRegisters() {
        String query = "query ApqProbe { sources { totalCount } }";
        String hash = PersistedOperations.sha256(query);
        given().contentType("application/json")
                .body(byHash(hash))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"))
                .body("data", nullValue());
        given().contentType("application/json")
                .body(Map.of("query", query, "extensions", byHash(hash).get("extensions")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.sources.totalCount", is(1));
        given().contentType("application/json")
                .body(byHash(hash))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.sources.totalCount", is(1));
    }

    @Test
    void aHashThatDoesNotMatchTheTextIsRefused() {
        given().contentType("application/json")
                .body(Map.of(
                        "query",
                        "{ actors { totalCount } }",
                        "extensions",
                        byHash("0".repeat(64)).get("extensions")))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", is("BAD_REQUEST"));
    }
}
