package io.newsgraph.crash;

import io.newsgraph.pg.IsolatedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A fresh schema of the suite's PostgreSQL server (dropped when the test JVM exits), for the app built for it. */
final class PostgresSchema implements CrashDatabase {
    private final Map<String, String> config;
    private final String schema;

    PostgresSchema(String name) {
        config = IsolatedDatabase.named(name);
        schema = config.get("newsgraph.test.schema");
    }

    @Override
    public Path app() {
        return CrashDatabase.packagedApp("newsgraph.it.pg-app", "target/quarkus-app-postgres");
    }

    @Override
    public List<String> jvmArgs() {
        List<String> args = new ArrayList<>(List.of("-Dquarkus.profile=postgres"));
        config.forEach((key, value) -> args.add("-D" + key + "="
                + (key.equals("quarkus.datasource.jdbc.url") ? value + "&ApplicationName=" + schema : value)));
        return args;
    }

    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"), "");
    }

    @Override
    public String searchTable() {
        return "search_document";
    }

    /** The app's connection holds a transaction id: PostgreSQL assigns one at a transaction's first write. */
    @Override
    public BooleanSupplier writing() {
        try {
            Connection watch = open();
            PreparedStatement query = watch.prepareStatement("select count(*) from pg_stat_activity"
                    + " where application_name = ? and backend_xid is not null");
            query.setString(1, schema);
            return () -> {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    boolean writing = rows.getInt(1) > 0;
                    if (writing) {
                        watch.close();
                    }
                    return writing;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
