package io.newsgraph.graph.sql;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.graph.error.DatabaseUnavailableException;
import io.newsgraph.graph.error.TimeoutException;
import io.newsgraph.graph.request.LimitsConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The read path: plain SQL mapped to read-model objects by hand; no managed entities, no lazy loading. Outside a
 * transaction (every query) it runs on a pooled JDBC connection of its own, which needs no CDI request context, so
 * field resolvers can call it on any thread. Inside a transaction (a write reading back what it wrote) it goes through
 * Hibernate's session, which flushes pending changes first and shares the transaction's connection. A statement of
 * the JDBC path whose connection died (a database restart) runs once more, on a connection known to be alive.
 */
@ApplicationScoped
public class Sql {
    private static final Logger LOG = Logger.getLogger(Sql.class);
    private static final int VALIDATION_SECONDS = 2;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    LimitsConfig limits;

    @Inject
    ReadConfig config;

    @Inject
    DatasourceConfig datasource;

    private final AtomicLong jdbcStatements = new AtomicLong();
    private boolean postgres;
    private CountCache countCache;

    @PostConstruct
    void init() {
        countCache = new CountCache(config.countCache().size());
        postgres = datasource.postgres();
    }

    public List<Object[]> rows(String sql, Map<String, ?> params) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return jdbcRows(sql, params);
        }
        return sessionRows(sql, params);
    }

    /**
     * Like {@link #rows}, for counts and other aggregates: the answer is kept with the graph's write version and
     * reused until a write raises it, so paging through a large filtered list counts its matches once, not on every
     * page. {@code newsgraph.read.count-cache.enabled=false} turns this off.
     */
    public List<Object[]> cachedRows(String sql, Map<String, ?> params) {
        if (!config.countCache().enabled() || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return rows(sql, params);
        }
        long version = toLong(
                rows("select version from graph_version where id = 1", Map.of()).get(0)[0]);
        CountCache.Key key = new CountCache.Key(sql, Map.copyOf(params));
        List<Object[]> cached = countCache.get(key, version);
        if (cached != null) {
            return cached;
        }
        List<Object[]> rows = rows(sql, params);
        countCache.put(key, version, rows);
        return rows;
    }

    /** Statements run on the JDBC path so far (Hibernate's statistics count the others). */
    public long jdbcStatements() {
        return jdbcStatements.get();
    }

    private List<Object[]> jdbcRows(String sql, Map<String, ?> params) {
        NamedSql named = NamedSql.of(sql);
        jdbcStatements.incrementAndGet();
        try {
            try (Connection connection = dataSource.getConnection()) {
                return jdbcRows(connection, named, params);
            } catch (SQLException e) {
                if (ConnectionLoss.in(e) == null) {
                    throw e;
                }
                LOG.warnf("A read lost its database connection (%s); retrying it on a fresh one", e.getMessage());
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            }
            // Once, and only this statement: it is the whole unit of work (its own connection, its rows read to the
            // end before the connection goes back), so running it again repeats nothing else.
            try (Connection connection = freshConnection()) {
                return jdbcRows(connection, named, params);
            }
        } catch (SQLTimeoutException e) {
            throw timeout();
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) { // PostgreSQL: canceling statement due to statement timeout
                throw timeout();
            }
            if (ConnectionLoss.in(e) != null) {
                LOG.warnf("A read failed again on a fresh connection (%s): DATABASE_UNAVAILABLE", e.getMessage());
                throw DatabaseUnavailableException.read(e);
            }
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }

    private List<Object[]> jdbcRows(Connection connection, NamedSql named, Map<String, ?> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(named.jdbc(params, postgres))) {
            int timeout = (int) Math.max(1, limits.queryTimeout().toSeconds());
            // H2 keeps the timeout per connection and sets it with a SET command, which makes every session re-parse
            // all its cached statements: set it only when the pooled connection does not have it yet.
            if (statement.getQueryTimeout() != timeout) {
                statement.setQueryTimeout(timeout);
            }
            List<Object> values = named.values(params, postgres);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof NamedSql.ArrayValue array) {
                    statement.setArray(i + 1, connection.createArrayOf(array.type(), array.elements()));
                } else {
                    statement.setObject(i + 1, values.get(i));
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = result.getObject(c + 1);
                        // a CLOB cannot be read once the connection is back in the pool
                        row[c] = value instanceof Clob ? str(value) : value;
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /**
     * A pooled connection checked with a round trip, for a retry only: after a restart every idle connection in the
     * pool is dead, and the database may still be starting. A dead one is closed (the pool drops it, as the driver
     * then reports it closed) and the next one tried at once; while the database refuses new connections, they are
     * asked for again with growing pauses. Both for up to {@code newsgraph.read.reconnect-wait}.
     */
    private Connection freshConnection() throws SQLException {
        long deadline = System.nanoTime() + config.reconnectWait().toNanos();
        long pause = 50;
        while (true) {
            SQLException refused = null;
            try {
                Connection connection = dataSource.getConnection();
                if (connection.isValid(VALIDATION_SECONDS)) {
                    return connection;
                }
                connection.close();
            } catch (SQLException e) {
                if (ConnectionLoss.in(e) == null) {
                    throw e;
                }
                refused = e;
            }
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                throw refused != null ? refused : new SQLException("no live connection in the pool", "08003");
            }
            if (refused != null) {
                sleep(pause);
                pause = Math.min(pause * 2, 500);
            }
        }
    }

    private static void sleep(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database", "08006", e);
        }
    }

    /**
     * Whether a read now takes collections as one array parameter: on PostgreSQL outside a transaction (the JDBC path;
     * see {@link NamedSql}). Such reads may use {@code unnest(:ids)}, as {@code ParentPages.lateralSql} does.
     */
    public boolean arrays() {
        return postgres && transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
    }

    private TimeoutException timeout() {
        return new TimeoutException(
                "The query took longer than " + limits.queryTimeout().toSeconds()
                        + " s and was stopped. Narrow the filters or ask for smaller pages.");
    }

    private List<Object[]> sessionRows(String sql, Map<String, ?> params) {
        Query query = em.createNativeQuery(sql);
        // Callers may pass shared parameter maps; bind only what this statement uses.
        query.getParameters().forEach(p -> query.setParameter(p.getName(), params.get(p.getName())));
        // No per-statement timeout here: on H2 each one is a SET that makes every session re-parse its cached
        // statements; a write reading back is bounded by its transaction's timeout instead.
        List<?> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    /** Rows of (parent id, count) turned into a map (cached, see {@link #cachedRows}). */
    public Map<Long, Long> counts(String sql, Map<String, ?> params) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : cachedRows(sql, params)) {
            counts.put(toLong(row[0]), toLong(row[1]));
        }
        return counts;
    }

    public static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static long toLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("not a number: " + value);
    }

    public static Long toLongOrNull(Object value) {
        return value == null ? null : toLong(value);
    }

    public static Integer toIntOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    public static OffsetDateTime toOffsetDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    public static String str(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.toString();
    }

    public static <E extends Enum<E>> E toEnum(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    /** A non-empty id list for "in (:ids)"; H2 and PostgreSQL both reject an empty one. */
    public static Collection<Long> ids(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
