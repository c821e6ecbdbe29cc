package io.newsgraph.graph.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Runs one statement for many rows as JDBC batches of a fixed size (bulk writes: ingest, history, search index). */
public final class JdbcBatch {
    private JdbcBatch() {}

    /** Sets the parameters of the statement for one row. */
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    public static <T> void run(Connection connection, String sql, Iterable<T> rows, int size, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++n % size == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }
}
