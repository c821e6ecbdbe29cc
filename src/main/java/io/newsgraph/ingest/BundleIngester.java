package io.newsgraph.ingest;

import io.newsgraph.graph.error.Problem;
import io.newsgraph.history.WriteOrigin;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Loads a bundle into the graph: checks everything first (BundleChecks), then upserts by natural key (BundleWriter)
 * in one transaction. Any problem rejects the whole bundle and nothing is written. Loading the same bundle again
 * changes nothing. A dry run checks and writes as usual, then rolls the transaction back.
 */
@ApplicationScoped
public class BundleIngester {
    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @Inject
    BundleChecks checks;

    @Inject
    BundleWriter writer;

    /** An ingest by the system (the seed, tests). */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public IngestReport ingest(Bundle bundle, boolean dryRun) {
        return run(bundle, dryRun, named(bundle, WriteOrigin.SYSTEM));
    }

    /** An ingest of a whole report: the history names the bundle after its first source. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public IngestReport ingest(Bundle bundle, boolean dryRun, WriteOrigin via) {
        return run(bundle, dryRun, named(bundle, via));
    }

    /** One item written by a mutation through the same checks and upsert rules; the history names the mutation. */
    @Transactional
    public IngestReport ingestItem(Bundle bundle, WriteOrigin via) {
        return run(bundle, false, via);
    }

    private IngestReport run(Bundle bundle, boolean dryRun, WriteOrigin via) {
        StoredItems items = new StoredItems(bundle);
        List<Problem> problems = checks.check(bundle, items);
        if (!problems.isEmpty()) {
            throw new IngestException(problems);
        }
        // Queries while writing never need this run's unflushed changes (each item is written once, and the code
        // that replaces rows flushes itself); without automatic flushes the cost stays linear in the bundle size.
        em.setFlushMode(FlushModeType.COMMIT);
        IngestReport report;
        try {
            report = writer.write(items, via, dryRun);
            em.flush();
        } finally {
            em.setFlushMode(FlushModeType.AUTO);
        }
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }
        return report;
    }

    /** A bundle is named after its first source, for the history. */
    private static WriteOrigin named(Bundle bundle, WriteOrigin via) {
        return via.through(via.channel() + " bundle:"
                + (bundle.sourcesOrEmpty().isEmpty()
                        ? "-"
                        : bundle.sourcesOrEmpty().get(0).slug()));
    }
}
