package io.newsgraph.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The database a graph is generated into: H2 (file) or PostgreSQL, optionally in a schema of its own. */
final class TargetDatabase {
    /** Hibernate's sequences and the tables they number (allocation size 50). */
    static final Map<String, String> SEQUENCES = Map.of(
            "actor_seq",
            "actor",
            "location_seq",
            "location",
            "source_seq",
            "source",
            "role_seq",
            "role",
            "event_seq",
            "event",
            "participant_seq",
            "event_participant",
            "event_location_seq",
            "event_location",
            "estimate_seq",
            "estimate",
            "statement_seq",
            "statement",
            "evidence_seq",
            "evidence");

    static final int ALLOCATION = 50;

    final String url;
    final String schema;
    final boolean postgres;
    private final DataSource dataSource;

    TargetDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.schema = schema == null || schema.isBlank() ? null : schema;
        this.postgres = url.startsWith("jdbc:postgresql:");
        if (postgres) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setReWriteBatchedInserts(true);
            dataSource = pg;
        } else if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            dataSource = h2;
        } else {
            throw new IllegalArgumentException("only jdbc:h2: and jdbc:postgresql: URLs are supported: " + url);
        }
    }

    Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (schema != null) {
            connection.setSchema(schema);
        }
        return connection;
    }

    /**
     * Applies the app's own Flyway migrations, portable and vendor ones (as the app does: a database missing a vendor
     * migration below the newest applied one would fail the app's validation); with {@code clean} first drops
     * everything in the schema.
     */
    void migrate(boolean clean) {
        String vendor = postgres ? "postgresql" : "h2";
        FluentConfiguration config = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .cleanDisabled(!clean);
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        Flyway flyway = config.load();
        if (clean) {
            flyway.clean();
        }
        flyway.migrate();
    }

    long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Moves each sequence past the ids written. Hibernate's pooled optimizer hands out the block ending at the value
     * it reads ({@code value - 49 .. value}), so the next value must be at least max + 50.
     */
    void restartSequences(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Map.Entry<String, String> e : SEQUENCES.entrySet()) {
                long max = count(connection, "select coalesce(max(id), 0) from " + e.getValue());
                long next = (max / ALLOCATION + 2) * ALLOCATION + 1;
                st.execute(
                        postgres
                                ? "select setval('" + e.getKey() + "', " + next + ", false)"
                                : "alter sequence " + e.getKey() + " restart with " + next);
            }
        }
    }

    void analyze(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("analyze");
        }
    }

    /** Number of evidence rows whose text is not the source text at its offsets (must be 0). */
    long misplacedEvidence(Connection connection) throws SQLException {
        return count(
                connection,
                "select count(*) from evidence e join source s on s.id = e.source_id"
                        + " where substring(s.body, e.start_offset + 1, e.end_offset - e.start_offset) <> e.quote");
    }
}
