package io.newsgraph.search;

import io.newsgraph.graph.JdbcBatch;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps the search index in step with the graph: {@link #reindex} rewrites the terms of the given documents in the
 * caller's transaction. At startup, an empty index over a non-empty graph (data loaded by other means) is rebuilt.
 * Where PostgreSQL's own full-text search serves {@code search} ({@link SearchEngines}), the same calls keep its
 * {@link SearchDocuments} instead, and the term table is left empty.
 */
@ApplicationScoped
public class SearchIndexer {
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;
    @Inject
    SearchEngines engines;
    @Inject
    SearchDocuments documents;

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
        if (!engines.usesTermTable()) {
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
        if (deleted && !engines.usesTermTable()) {
            documents.delete(type, List.of(id));
        } else if (deleted) {
            em.createNativeQuery("delete from search_term where doc_type = :type and doc_id = :id")
                    .setParameter("type", type.name()).setParameter("id", id).executeUpdate();
        } else {
            em.flush();
            reindex(type, List.of(id));
        }
    }

    @Transactional
    void rebuildIfEmpty(@Observes @Priority(3000) StartupEvent event) {
        if (!engines.usesTermTable()) {
            return;
        }
        Number indexed = (Number) em.createNativeQuery("select count(*) from search_term").getSingleResult();
        if (indexed.longValue() > 0) {
            return;
        }
        long started = System.nanoTime();
        for (SearchType type : SearchType.values()) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from " + table(type) + " order by id").getResultList();
            indexNew(type, ids.stream().map(Number::longValue).toList());
        }
        LOG.infof("Search index rebuilt in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private Map<Long, Map<String, Integer>> weights(SearchType type, List<Long> ids) {
        Map<Long, Map<String, Integer>> weights = new LinkedHashMap<>();
        ids.forEach(id -> weights.put(id, new HashMap<>()));
        for (Field field : fields(type)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(field.sql).setParameter("ids", ids).getResultList();
            for (Object[] row : rows) {
                Map<String, Integer> doc = weights.get(((Number) row[0]).longValue());
                if (doc != null && row[1] != null) {
                    for (String term : Tokenizer.terms(row[1].toString())) {
                        doc.merge(term, field.weight, Integer::sum);
                    }
                }
            }
        }
        return weights;
    }

    private void write(SearchType type, List<Long> ids, Map<Long, Map<String, Integer>> weights, boolean replace) {
        List<Object[]> rows = new ArrayList<>();
        weights.forEach((doc, terms) -> terms.forEach((term, weight) -> rows.add(new Object[] {term, doc, weight})));
        em.unwrap(Session.class).doWork(connection -> {
            if (replace) {
                // One delete per document: with "doc_id in (...)" H2 reads every row of the type through the index.
                JdbcBatch.run(connection, "delete from search_term where doc_type = ? and doc_id = ?", ids, 5000,
                        (delete, id) -> {
                            delete.setString(1, type.name());
                            delete.setLong(2, id);
                        });
            }
            JdbcBatch.run(connection, "insert into search_term (term, doc_type, doc_id, weight) values (?, ?, ?, ?)",
                    rows, 5000, (insert, row) -> {
                        insert.setString(1, (String) row[0]);
                        insert.setString(2, type.name());
                        insert.setLong(3, (Long) row[1]);
                        insert.setInt(4, (Integer) row[2]);
                    });
        });
    }

    static String table(SearchType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A text field of a document type: SQL returning (document id, text) for ids in :ids, and its weight. */
    record Field(String sql, int weight) {
    }

    static List<Field> fields(SearchType type) {
        return switch (type) {
            case ACTOR -> List.of(
                    new Field("select id, name from actor where id in (:ids)", 10),
                    new Field("select actor_id, alias from actor_alias where actor_id in (:ids)", 10),
                    new Field("select id, description from actor where id in (:ids)", 2));
            case EVENT -> List.of(
                    new Field("select id, title from event where id in (:ids)", 8),
                    new Field("select id, summary from event where id in (:ids)", 3),
                    new Field("select event_id, quote from evidence where event_id in (:ids)", 1));
            case STATEMENT -> List.of(
                    new Field("select id, quote from statement where id in (:ids)", 6),
                    new Field("select id, summary from statement where id in (:ids)", 4),
                    new Field("select s.id, a.name from statement s join actor a on a.id = s.speaker_id"
                            + " where s.id in (:ids)", 2),
                    new Field("select statement_id, quote from evidence where statement_id in (:ids)", 1));
            case SOURCE -> List.of(
                    new Field("select id, title from source where id in (:ids)", 6),
                    new Field("select id, body from source where id in (:ids)", 1));
            case LOCATION -> List.of(new Field("select id, name from location where id in (:ids)", 10));
        };
    }
}
