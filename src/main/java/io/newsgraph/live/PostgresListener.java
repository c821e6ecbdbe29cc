package io.newsgraph.live;

import io.newsgraph.graph.sql.DatasourceConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs on the graph's channel on a connection of its own (outside the pool: a pooled connection would be handed to
 * others), on a daemon thread, and hands every notification to this instance's subscribers. A lost connection is
 * reopened with growing pauses (0.5 s to 30 s); notifications sent meanwhile are not replayed. Not started by
 * command-line runs, which only write.
 */
@ApplicationScoped
public class PostgresListener {
    private static final Logger LOG = Logger.getLogger(PostgresListener.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 1000;
    private static final long CHECK_IDLE_MILLIS = 30_000;

    @Inject
    LiveUpdates live;

    @Inject
    PostgresChannel channel;

    @Inject
    GraphChangeFeed feed;

    @Inject
    LiveConfig config;

    @Inject
    DatasourceConfig datasource;

    private final CountDownLatch firstListen = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private volatile String channelName;
    private Thread thread;

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        if (!config.listen() || !live.throughPostgres()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "newsgraph-live-listener");
        thread.setDaemon(true);
        thread.start();
        // so that an instance reported ready hears the writes made from then on
        if (!firstListen.await(10, TimeUnit.SECONDS)) {
            LOG.warn("Live updates: not listening yet, retrying in the background");
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        close();
        thread.join(2000);
    }

    /** True while the LISTEN connection is open. */
    public boolean isListening() {
        return listening;
    }

    /** The channel listened on (null before the first connection). */
    public String channelName() {
        return channelName;
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            try {
                connection = connect();
                channelName = channel.name(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + PostgresChannel.quoted(channelName));
                }
                listening = true;
                firstListen.countDown();
                LOG.infof("Live updates: listening on PostgreSQL channel %s", channelName);
                pause = FIRST_PAUSE;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warnf(
                        "Live updates: PostgreSQL listener failed (%s); reconnecting in %d ms",
                        e.getMessage(), pause.toMillis());
            } finally {
                listening = false;
                close();
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long quietSince = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications((int) POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.currentTimeMillis();
                for (PGNotification notification : notifications) {
                    handle(notification.getParameter());
                }
            } else if (System.currentTimeMillis() - quietSince > CHECK_IDLE_MILLIS) {
                // a connection cut without a reset would otherwise wait silently forever
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.currentTimeMillis();
            }
        }
    }

    private void handle(String payload) {
        try {
            LiveChange change = ChangeNotifications.decode(payload);
            if (change != null) {
                feed.deliver(change);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Live updates: ignored a notification that is not a change (%s)", e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        datasource.username().ifPresent(u -> properties.setProperty("user", u));
        datasource.password().ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "newsgraph live updates");
        String url = datasource.jdbc().url();
        Connection opened = new org.postgresql.Driver().connect(url, properties);
        if (opened == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        opened.setAutoCommit(true);
        return opened;
    }

    private void close() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debugf("Live updates: closing the listener connection: %s", e.getMessage());
            }
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
