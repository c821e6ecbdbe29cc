package io.newsgraph.pg;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Config overrides giving a test profile a database of its own: a named in-memory H2 database, or, when the suite
 * runs against PostgreSQL, a fresh schema (dropped when the test JVM exits), whose name the app's pooled connections
 * carry as their application_name.
 */
public final class IsolatedDatabase {
    private IsolatedDatabase() {}

    public static Map<String, String> named(String name) {
        String url = System.getProperty(FreshSchema.URL_PROPERTY);
        if (url == null || url.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        String user = System.getProperty("newsgraph.test.pg-user", "postgres");
        String schema = "ng_" + name + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(url, user, "create schema " + schema);
        if (!Boolean.getBoolean("newsgraph.test.keep-schema")) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> execute(url, user, "drop schema " + schema + " cascade")));
        }
        return Map.of(
                "quarkus.datasource.username",
                user,
                "quarkus.datasource.password",
                "",
                "quarkus.datasource.jdbc.url",
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "quarkus.flyway.schemas",
                schema,
                "newsgraph.test.schema",
                schema,
                "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName",
                applicationName(schema));
    }

    /** The application_name of the app's pooled connections to {@code schema}: how a test tells them apart. */
    public static String applicationName(String schema) {
        return "newsgraph " + schema;
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + sql, e);
        }
    }
}
