package io.newsgraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The graph's write version (table {@code graph_version}): raised once by every write transaction, read by
 * {@link Sql#cachedRows} to tell whether a cached count is still true. Writes that bypass the service (plain SQL in
 * the database) do not raise it.
 */
@ApplicationScoped
public class GraphVersion {
    private static final String RAISED = GraphVersion.class.getName();

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Raises the version in the caller's transaction, once per transaction. */
    public void raise() {
        if (transaction.getResource(RAISED) == null) {
            em.createNativeQuery("update graph_version set version = version + 1 where id = 1").executeUpdate();
            transaction.putResource(RAISED, Boolean.TRUE);
        }
    }
}
