package io.newsgraph.live;

import io.newsgraph.statement.StatementFeed;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;

/**
 * `graphChanged` and the delivery of committed writes to the subscribers of this instance. Deliveries run one at a
 * time on a thread of their own: subscribers get writes in commit order, and reading the new statements back never
 * holds up the writer or the PostgreSQL listener.
 */
@GraphQLApi
@ApplicationScoped
public class GraphChangeFeed {
    private static final Logger LOG = Logger.getLogger(GraphChangeFeed.class);

    @Inject
    StatementFeed statements;

    private final BroadcastProcessor<GraphChange> changes = BroadcastProcessor.create();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "newsgraph-live-delivery");
        thread.setDaemon(true);
        return thread;
    });

    @Subscription("graphChanged")
    @Description("One event per committed write (ingestBundle, each create, update, delete and mergeActors; on"
            + " PostgreSQL also writes through other instances and the command line) saying which objects of which"
            + " types it created, updated, deleted or merged, with their global ids to refetch. Never sent for a"
            + " rejected or dry-run write.")
    public Multi<GraphChange> graphChanged(
            @Nullable
                    @Description("Only writes that touched these types, and only their entries;"
                            + " left out (or empty): every type.")
                    List<@NonNull ChangeType> types) {
        Set<ChangeType> wanted = types == null || types.isEmpty() ? null : EnumSet.copyOf(types);
        return changes.filter(c -> c.only(wanted) != null).map(c -> c.only(wanted));
    }

    /** Sends a committed write to this instance's subscribers (returns at once). */
    void deliver(LiveChange change) {
        if (change == null || change.isEmpty()) {
            return;
        }
        delivery.execute(() -> {
            try {
                if (change.change() != null) {
                    changes.onNext(change.change());
                }
                statements.publish(change.addedStatements());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Live update not delivered: %s", change);
            }
        });
    }

    @PreDestroy
    void stop() {
        delivery.shutdown();
    }
}
