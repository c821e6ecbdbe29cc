package io.newsgraph.live;

import io.newsgraph.graph.sql.DatasourceConfig;
import io.newsgraph.history.ChangeSet;
import io.newsgraph.history.ChangeSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Publishes each committed write to the subscribers. On PostgreSQL (unless switched off) through the database: the
 * writer sends NOTIFYs inside its transaction, PostgreSQL delivers them only if it commits, and every instance,
 * the writer too, hands what it hears to its subscribers ({@link PostgresListener}); so each instance delivers each
 * write once, whichever instance (or command-line run) made it. Otherwise in-process, after the commit.
 */
@ApplicationScoped
public class LiveUpdates implements ChangeSink {
    @Inject
    DatasourceConfig datasource;

    @Inject
    LiveConfig config;

    @Inject
    PostgresChannel channel;

    @Inject
    GraphChangeFeed feed;

    /** True when writes reach the subscribers of every instance through PostgreSQL LISTEN/NOTIFY. */
    public boolean throughPostgres() {
        return config.postgresNotify() && datasource.postgres();
    }

    @Override
    public void committing(ChangeSet changes) {
        if (throughPostgres()) {
            channel.send(ChangeNotifications.encode(changes, config.maxIds()));
        }
    }

    @Override
    public void committed(ChangeSet changes) {
        if (!throughPostgres()) {
            feed.deliver(LiveChange.of(changes, config.maxIds()));
        }
    }
}
