package io.newsgraph.pg;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The suite really runs on the database the build asked for, and on PostgreSQL in the run's own schema. */
@QuarkusTest
class DatabaseKindTest {
    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "newsgraph.test.schema")
    Optional<String> schema;

    @Test
    void connectedToTheExpectedDatabase() throws SQLException {
        String expected = System.getProperty("newsgraph.test.expect-db", "H2");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            System.out.printf(
                    "Test database: %s %s, schema %s%n",
                    product, connection.getMetaData().getDatabaseProductVersion(), connection.getSchema());
            assertThat(product, equalToIgnoringCase(expected));
            try (var rows = connection
                    .createStatement()
                    .executeQuery("select count(*) from \"flyway_schema_history\" where \"version\" = '10' and "
                            + "\"success\"")) {
                rows.next();
                assertThat("the vendor migration V10 ran", rows.getInt(1), is(1));
            }
            if (schema.isPresent()) {
                assertThat(connection.getSchema(), is(schema.get()));
            }
        }
    }
}
