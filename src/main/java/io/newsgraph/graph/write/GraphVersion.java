package io.newsgraph.graph.write;

import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The graph's write version (table {@code graph_version}): raised once by every write transaction, read by
 * {@link Sql#cachedRows} to tell whether a cached count is still true, and by the search index to catch up. Writes
 * that bypass the service (plain SQL in the database) do not raise it.
 */
@ApplicationScoped
public class GraphVersion {
    private static final String RAISED = GraphVersion.class.getName();

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    DurableCommits durable;

    /** Raises the version in the caller's transaction, once per transaction (and makes its commit durable). */
    public void raise() {
        if (transaction.getResource(RAISED) == null) {
            em.createNativeQuery("update graph_version set version = version + 1 where id = 1")
                    .executeUpdate();
            transaction.putResource(RAISED, new long[] {-1});
            durable.register(transaction);
        }
    }

    /**
     * Raises the version like {@link #raise} and returns the version the caller's transaction commits as. Writers
     * wait on the row's lock for each other's commit, so a committed version means every lower one is committed too.
     */
    public long raised() {
        raise();
        long[] raised = (long[]) transaction.getResource(RAISED);
        if (raised[0] < 0) {
            raised[0] = ((Number) em.createNativeQuery("select version from graph_version where id = 1")
                            .getSingleResult())
                    .longValue();
        }
        return raised[0];
    }
}
