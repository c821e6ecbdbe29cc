package io.newsgraph.graph.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DirectFetchers reflects into SmallRye internals; after an upgrade that moves them it would keep SmallRye's slower
 * fetchers with only a warning while every other test stays green. This fails instead.
 */
@QuarkusTest
class DirectFetchersTest {
    @Test
    void everyNonRootFieldHasADirectFetcher() {
        given().contentType("application/json")
                .body("{\"query\":\"{ statements(first: 1) { nodes { slug } } }\"}")
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.statements.nodes[0].slug", notNullValue());
        assertEquals(Set.of(), DirectFetchers.kept(), "fields served by SmallRye's default fetcher");
    }
}
