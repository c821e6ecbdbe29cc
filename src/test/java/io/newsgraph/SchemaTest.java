package io.newsgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * graphql/schema.graphql is the schema clients code against; it must be exactly what the server serves.
 * After an intended change run {@code mvn verify -Dschema.update=true} once to rewrite it, and review the diff.
 */
@QuarkusTest
class SchemaTest {
    private static final Path EXPORTED = Path.of("graphql/schema.graphql");

    @Inject
    GraphQLSchema schema;

    @Test
    void exportedSchemaMatchesServedSchema() throws IOException {
        String served = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(EXPORTED, served);
        }
        assertEquals(
                served,
                Files.readString(EXPORTED),
                "graphql/schema.graphql differs from the served schema; rerun with -Dschema.update=true to export it");
    }

    @Test
    void fieldsAreLookedUpWithoutPatternMatching() {
        // Quarkus's default field visibility ("default") would otherwise be a regular expression matched on every field
        assertEquals(
                DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                schema.getCodeRegistry().getFieldVisibility());
    }
}
