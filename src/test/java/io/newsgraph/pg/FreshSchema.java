package io.newsgraph.pg;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * When the build runs the suite against PostgreSQL (system property {@code newsgraph.test.pg-url}, set by the
 * {@code postgres-tests} Surefire execution), points the app at a schema of its own, created empty here and dropped
 * when the tests stop, so concurrent builds on one server never see each other's rows. On H2 it does nothing.
 */
@QuarkusTestResource(FreshSchema.class)
public class FreshSchema implements QuarkusTestResourceLifecycleManager {
    static final String URL_PROPERTY = "newsgraph.test.pg-url";

    private String url;
    private String schema;

    @Override
    public Map<String, String> start() {
        url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            return Map.of();
        }
        schema = "ng_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        return Map.of(
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", "",
                "quarkus.datasource.jdbc.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "quarkus.flyway.schemas", schema,
                "newsgraph.test.schema", schema);
    }

    @Override
    public void stop() {
        if (schema != null && !Boolean.getBoolean("newsgraph.test.keep-schema")) {
            execute("drop schema " + schema + " cascade");
        }
    }

    private static String user() {
        return System.getProperty("newsgraph.test.pg-user", "postgres");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + sql, e);
        }
    }
}
