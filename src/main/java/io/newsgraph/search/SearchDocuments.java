package io.newsgraph.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL search index: one weighted tsvector per document in {@code search_document} (db/vendor/postgresql
 * V13), built in SQL from the document's texts. Weights as in the term index: A names, aliases and titles; B quotes
 * and summaries; C descriptions and a statement's speaker; D evidence and full texts. Names use the 'simple'
 * configuration (every word kept as written), prose 'english' (stemmed, stop words dropped).
 */
@ApplicationScoped
public class SearchDocuments {
    private static final Logger LOG = Logger.getLogger(SearchDocuments.class);
    private static final int CHUNK = 1000;
    private static final int STARTUP_CHUNK = 10_000;

    @Inject
    EntityManager em;

    @Inject
    SearchEngines engines;

    /**
     * Rewrites the vectors of these documents; those that no longer exist (an actor merged away) lose theirs. Call
     * inside the transaction that changed them.
     */
    void write(SearchType type, Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            int written = em.createNativeQuery("insert into search_document (doc_type, doc_id, document) select '"
                            + type + "', d.id, " + document(type) + " from " + SearchIndexer.table(type)
                            + " d where d.id in (:ids) on conflict (doc_type, doc_id) do update set document "
                            + "= excluded.document")
                    .setParameter("ids", chunk)
                    .executeUpdate();
            if (written < chunk.size()) {
                em.createNativeQuery("delete from search_document s where s.doc_type = '" + type + "' and s.doc_id in"
                                + " (:ids) and not exists (select 1 from " + SearchIndexer.table(type)
                                + " d where d.id ="
                                + " s.doc_id)")
                        .setParameter("ids", chunk)
                        .executeUpdate();
            }
        }
    }

    void delete(SearchType type, Collection<Long> ids) {
        em.createNativeQuery("delete from search_document where doc_type = :type and doc_id in (:ids)")
                .setParameter("type", type.name())
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /**
     * Indexes every document that has no vector yet (a graph loaded by other means, or written before this index
     * existed), in transactions of up to {@value #STARTUP_CHUNK} documents.
     */
    void indexMissing(@Observes StartupEvent event) {
        if (engines.usesTermIndex()) {
            return;
        }
        long started = System.nanoTime();
        long indexed = 0;
        for (SearchType type : SearchType.values()) {
            String missing =
                    " from " + SearchIndexer.table(type) + " d where not exists (select 1 from search_document s"
                            + " where s.doc_type = '" + type + "' and s.doc_id = d.id)";
            List<Long> ids = QuarkusTransaction.requiringNew()
                    .call(() -> ids(em.createNativeQuery("select d.id" + missing + " order by d.id")
                            .getResultList()));
            for (int i = 0; i < ids.size(); i += STARTUP_CHUNK) {
                long from = ids.get(i);
                long to = ids.get(Math.min(ids.size(), i + STARTUP_CHUNK) - 1);
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("insert into search_document"
                                        + " (doc_type, doc_id, document) select '" + type + "', d.id, " + document(type)
                                        + missing
                                        + " and d.id between :from and :to on conflict (doc_type, doc_id) do nothing")
                                .setParameter("from", from)
                                .setParameter("to", to)
                                .executeUpdate());
            }
            indexed += ids.size();
        }
        if (indexed > 0) {
            LOG.infof("Search documents: %d indexed in %d ms", indexed, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** The vector of a document of this type, as an SQL expression over its row {@code d}. */
    static String document(SearchType type) {
        return String.join(
                " || ", SearchText.of(type).stream().map(SearchText::vectorSql).toList());
    }
}
