package io.newsgraph.graph.sql;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure that means the database connection is gone (the server restarted, the backend was terminated, the
 * network dropped it) from one about the statement: SQLState class 08 (connection exception), 57P01 admin shutdown,
 * 57P02 crash shutdown, 57P03 cannot connect now. PostgreSQL's driver closes the connection after such an error and
 * then says 08003 "This connection has been closed" to every later use.
 */
public final class ConnectionLoss {
    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");

    private ConnectionLoss() {}

    /**
     * The SQL error in {@code error}, its causes or their suppressed exceptions, that says the connection is gone; null
     * when there is none.
     */
    public static SQLException in(Throwable error) {
        List<Throwable> path = path(error, Collections.newSetFromMap(new IdentityHashMap<>()));
        return path == null ? null : (SQLException) path.get(path.size() - 1);
    }

    /**
     * True when the connection was lost in the commit itself: the transaction manager's commit failed (a rollback or
     * heuristic exception) because the connection's commit did (an XA exception from the pool's resource). The
     * database may have committed before the connection died, or not. A loss while flushing before the commit has
     * no XA exception on its way and left nothing.
     */
    public static boolean inCommit(Throwable error) {
        List<Throwable> path = path(error, Collections.newSetFromMap(new IdentityHashMap<>()));
        return path != null
                && path.stream()
                        .anyMatch(t -> t instanceof RollbackException
                                || t instanceof HeuristicMixedException
                                || t instanceof HeuristicRollbackException)
                && path.stream().anyMatch(XAException.class::isInstance);
    }

    private static boolean lost(String state) {
        return state != null && (state.startsWith("08") || SHUTDOWN.contains(state));
    }

    /** From {@code error} down to the first connection loss found (causes before suppressed ones), or null. */
    private static List<Throwable> path(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return null;
        }
        for (SQLException sql = error instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
            if (lost(sql.getSQLState())) {
                List<Throwable> path = new ArrayList<>(List.of(error));
                if (sql != error) {
                    path.add(sql);
                }
                return path;
            }
        }
        List<Throwable> found = path(error.getCause(), seen);
        for (Throwable suppressed : error.getSuppressed()) {
            found = found != null ? found : path(suppressed, seen);
        }
        if (found != null) {
            found.add(0, error);
        }
        return found;
    }
}
