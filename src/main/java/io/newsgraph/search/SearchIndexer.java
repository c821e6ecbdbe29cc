package io.newsgraph.search;

import io.newsgraph.graph.write.GraphVersion;
import io.newsgraph.graph.write.JdbcBatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps the search index in step with the graph: {@link #reindex} rewrites the index rows ({@code search_doc}: a
 * document's terms and their weights) of the given documents in the caller's transaction, stamped with the version
 * that transaction commits as; searches read them through {@link TermIndex}. At startup, documents without index
 * rows (data loaded by other means, or indexed before V18) are indexed. Where PostgreSQL's own full-text search
 * serves {@code search} ({@link SearchEngines}), the same calls keep its {@link SearchDocuments} instead, and
 * search_doc is left empty.
 */
@ApplicationScoped
public class SearchIndexer {
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int CHUNK = 1000;
    private static final int REBUILD_CHUNK = 10_000;
    private static final int MAX_TERMS_LENGTH = 1_000_000;

    @Inject
    EntityManager em;

    @Inject
    SearchEngines engines;

    @Inject
    SearchDocuments documents;

    @Inject
    GraphVersion version;

    @Inject
    TermIndex termIndex;

    @Inject
    SearchConfig config;

    /** Rewrites the index rows of these documents. Call inside the transaction that changed them. */
    public void reindex(SearchType type, Collection<Long> ids) {
        index(type, ids, true);
    }

    /** Indexes documents created in the current transaction: they have no rows to replace. */
    public void indexNew(SearchType type, Collection<Long> ids) {
        index(type, ids, false);
    }

    private void index(SearchType type, Collection<Long> ids, boolean replace) {
        if (ids.isEmpty()) {
            return;
        }
        if (!engines.usesTermIndex()) {
            documents.write(type, ids);
            return;
        }
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            write(type, chunk, weights(type, chunk), replace);
        }
    }

    /**
     * Keeps the index in step with a deletion or merge recorded in the change log: a deleted document's rows go, a
     * merged one is indexed again (an actor merged away has no rows left, the one kept gains the aliases).
     */
    public void changed(String entityType, long id, boolean deleted) {
        SearchType type = SearchType.ofNodeType(entityType);
        if (type == null) {
            return;
        }
        if (deleted && !engines.usesTermIndex()) {
            documents.delete(type, List.of(id));
        } else if (deleted) {
            // An empty row rather than none: the other instances' indexes learn of the deletion from its version.
            write(type, List.of(id), Map.of(id, Map.of()), true);
        } else {
            em.flush();
            reindex(type, List.of(id));
        }
    }

    /**
     * Indexes the documents that have no index row (a graph loaded by other means, or indexed before V18), in a
     * transaction per {@value #REBUILD_CHUNK} documents, then loads the index into memory unless this is a command
     * (the CLI never searches).
     */
    void indexMissing(@Observes @Priority(3000) StartupEvent event) {
        if (!engines.usesTermIndex()) {
            return;
        }
        long started = System.nanoTime();
        long indexed = 0;
        for (SearchType type : SearchType.values()) {
            List<Long> ids = QuarkusTransaction.requiringNew()
                    .call(() -> em
                            .createNativeQuery("select d.id from "
                                    + table(type)
                                    + " d where not exists (select 1 from search_doc s where s.doc_type = '" + type
                                    + "' and s.doc_id = d.id) order by d.id")
                            .getResultList()
                            .stream()
                            .map(id -> ((Number) id).longValue())
                            .toList());
            for (int i = 0; i < ids.size(); i += REBUILD_CHUNK) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + REBUILD_CHUNK));
                QuarkusTransaction.requiringNew().run(() -> indexNew(type, chunk));
            }
            indexed += ids.size();
        }
        if (indexed > 0) {
            LOG.infof(
                    "Search index: %d documents indexed in %d ms", indexed, (System.nanoTime() - started) / 1_000_000);
        }
        if (config.loadAtStartup()) {
            termIndex.catchUp();
        }
    }

    private Map<Long, Map<String, Integer>> weights(SearchType type, List<Long> ids) {
        Map<Long, Map<String, Integer>> weights = new LinkedHashMap<>();
        ids.forEach(id -> weights.put(id, new HashMap<>()));
        long lo = ids.stream().mapToLong(Long::longValue).min().orElse(0);
        long hi = ids.stream().mapToLong(Long::longValue).max().orElse(0);
        // Documents created together have ids close together: a range reads them without the list, which H2 checks
        // value by value for every row it returns (1,000 ids: a million comparisons per query).
        boolean dense = hi - lo < 2L * ids.size();
        for (SearchText text : SearchText.of(type)) {
            Query query = dense
                    ? em.createNativeQuery(text.termSqlBetween())
                            .setParameter("lo", lo)
                            .setParameter("hi", hi)
                    : em.createNativeQuery(text.termSql()).setParameter("ids", ids);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                Map<String, Integer> doc = weights.get(((Number) row[0]).longValue());
                if (doc != null && row[1] != null) {
                    for (String term : Tokenizer.terms(row[1].toString())) {
                        doc.merge(term, text.termWeight(), Integer::sum);
                    }
                }
            }
        }
        return weights;
    }

    private void write(SearchType type, List<Long> ids, Map<Long, Map<String, Integer>> weights, boolean replace) {
        long stamp = version.raised();
        List<SearchDoc> docs = new ArrayList<>(ids.size());
        ids.forEach(id -> docs.add(new SearchDoc(type, id, stamp, terms(weights.get(id)))));
        em.unwrap(Session.class).doWork(connection -> {
            if (replace) {
                JdbcBatch.run(
                        connection,
                        SearchDoc.COLUMNS.deleteSql("doc_type", "doc_id"),
                        docs,
                        5000,
                        (delete, doc) -> SearchDoc.COLUMNS.bindKey(delete, doc, "doc_type", "doc_id"));
            }
            JdbcBatch.run(connection, SearchDoc.COLUMNS.insertSql(), docs, 5000, SearchDoc.COLUMNS::bind);
        });
    }

    /** "term weight term weight ...", cut at a term if longer than the column takes. */
    private static String terms(Map<String, Integer> weights) {
        StringBuilder terms = new StringBuilder();
        for (Map.Entry<String, Integer> term : weights.entrySet()) {
            String next = term.getKey() + ' ' + term.getValue();
            if (terms.length() + next.length() + 1 > MAX_TERMS_LENGTH) {
                break;
            }
            terms.append(terms.isEmpty() ? "" : " ").append(next);
        }
        return terms.toString();
    }

    static String table(SearchType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
