package io.newsgraph.live;

import io.newsgraph.history.ChangeSet;
import io.newsgraph.history.ChangeSink;
import io.quarkus.datasource.common.runtime.DatabaseKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes each committed write to the subscribers. On PostgreSQL (unless switched off) through the database: the
 * writer sends NOTIFYs inside its transaction, PostgreSQL delivers them only if it commits, and every instance,
 * the writer too, hands what it hears to its subscribers ({@link PostgresListener}); so each instance delivers each
 * write once, whichever instance (or command-line run) made it. Otherwise in-process, after the commit.
 */
@ApplicationScoped
public class LiveUpdates implements ChangeSink {
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "newsgraph.live.postgres-notify", defaultValue = "true")
    boolean postgresNotify;
    @ConfigProperty(name = "newsgraph.live.max-ids", defaultValue = "50")
    int maxIds;
    @Inject
    PostgresChannel channel;
    @Inject
    GraphChangeFeed feed;

    /** True when writes reach the subscribers of every instance through PostgreSQL LISTEN/NOTIFY. */
    public boolean throughPostgres() {
        return postgresNotify && DatabaseKind.isPostgreSQL(dbKind);
    }

    @Override
    public void committing(ChangeSet changes) {
        if (throughPostgres()) {
            channel.send(ChangeNotifications.encode(changes, maxIds));
        }
    }

    @Override
    public void committed(ChangeSet changes) {
        if (!throughPostgres()) {
            feed.deliver(LiveChange.of(changes, maxIds));
        }
    }
}
