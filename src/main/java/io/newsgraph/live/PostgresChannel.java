package io.newsgraph.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * The NOTIFY channel of this graph. Channels are per database, not per schema, so the channel name carries the
 * schema (`newsgraph_changes.public`): deployments, and test runs, in other schemas of the same database never hear
 * each other.
 */
@ApplicationScoped
public class PostgresChannel {
    private static final int MAX_NAME_BYTES = 63; // PostgreSQL's identifier length

    @Inject
    LiveConfig config;

    @Inject
    DataSource dataSource;

    private volatile String name;

    /**
     * Sends the payloads on the writing transaction's connection: PostgreSQL queues them and delivers them when, and
     * only if, the transaction commits.
     */
    void send(List<String> payloads) {
        // inside a JTA transaction the pool hands out the connection enlisted in it, and takes it back on close
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                // outside the transaction a NOTIFY would be delivered at once, whether the write commits or not
                throw new IllegalStateException("live updates: no transaction on the connection, not notifying");
            }
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                for (String payload : payloads) {
                    notify.setString(1, name(connection));
                    notify.setString(2, payload);
                    notify.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("live updates: NOTIFY failed: " + e.getMessage(), e);
        }
    }

    /** The channel, for a connection to the graph's database and schema. */
    String name(Connection connection) throws SQLException {
        if (name == null) {
            try (PreparedStatement query = connection.prepareStatement("select current_schema()");
                    ResultSet row = query.executeQuery()) {
                row.next();
                name = of(config.channel(), row.getString(1));
            }
        }
        return name;
    }

    static String of(String base, String schema) {
        String name = base + "." + schema;
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
            return base + "." + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The channel as a quoted identifier, for LISTEN. */
    static String quoted(String channel) {
        return '"' + channel.replace("\"", "\"\"") + '"';
    }
}
