package io.newsgraph.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what the current transaction records in the change log and hands it, once per transaction, to the
 * {@link ChangeSink}: just before the commit and after it succeeded.
 */
@ApplicationScoped
public class TransactionChanges {
    private static final Object KEY = TransactionChanges.class;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    TransactionManager transactions;

    @Inject
    ChangeSink sink;

    void add(WriteOrigin via, String type, long id, Operation operation) {
        if (registry.getTransactionKey() == null) {
            return;
        }
        Collected collected = (Collected) registry.getResource(KEY);
        if (collected == null) {
            collected = new Collected(via);
            registry.putResource(KEY, collected);
            try {
                // A plain (not interposed) synchronization runs before Hibernate's own, while the session is
                // still fully usable, so what the sink writes there is part of the transaction.
                transactions.getTransaction().registerSynchronization(collected);
            } catch (RollbackException | SystemException e) {
                return; // marked for rollback: nothing of it will be published
            }
        }
        collected
                .ids
                .computeIfAbsent(new Key(type, operation), k -> new LinkedHashSet<>())
                .add(id);
    }

    private record Key(String type, Operation operation) {}

    private final class Collected implements Synchronization {
        private final WriteOrigin via;
        private final Map<Key, Set<Long>> ids = new LinkedHashMap<>();
        private ChangeSet changes;

        Collected(WriteOrigin via) {
            this.via = via;
        }

        @Override
        public void beforeCompletion() {
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return;
            }
            List<ChangeSet.Changed> changed = new ArrayList<>();
            ids.forEach(
                    (key, set) -> changed.add(new ChangeSet.Changed(key.type(), key.operation(), List.copyOf(set))));
            changes = new ChangeSet(OffsetDateTime.now(ZoneOffset.UTC), via.user(), via.channel(), changed);
            sink.committing(changes);
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && changes != null) {
                sink.committed(changes);
            }
        }
    }
}
