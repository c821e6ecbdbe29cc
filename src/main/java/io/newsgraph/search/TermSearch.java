package io.newsgraph.search;

import io.newsgraph.graph.Page;
import io.newsgraph.graph.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranked search over the portable term table (H2, or PostgreSQL without its search columns): score = weight of the
 * matched terms × share of the query terms matched.
 */
@ApplicationScoped
class TermSearch implements SearchEngine {
    private static final String FROM = " from search_term where term in (:terms) and doc_type in (:types)";

    @Inject
    Sql sql;

    @Override
    public List<SearchHit> page(List<String> terms, Set<SearchType> types, Page page) {
        Map<String, Object> params = SearchEngine.paged(params(terms, types), page);
        // One term has one row per document (the primary key), so the ranking needs no grouping: the same order, read
        // from the index on (term, weight desc, doc_type, doc_id) (the leading term, fixed by the filter, lets H2 see
        // that the index has this order) instead of a hash aggregation per document.
        String ranked = terms.size() == 1
                ? "select doc_type, doc_id, 1, weight" + FROM + " order by term, weight desc, doc_type, doc_id"
                : "select doc_type, doc_id, count(*), sum(weight)" + FROM
                        + " group by doc_type, doc_id order by count(*) * sum(weight) desc, doc_type, doc_id";
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] row : sql.rows(ranked + " offset :off rows fetch next :lim rows only", params)) {
            double matched = Sql.toLong(row[2]);
            double score = Sql.toLong(row[3]) * matched / terms.size();
            hits.add(SearchEngine.hit(page, hits, row, score, terms));
        }
        return hits;
    }

    @Override
    public long count(List<String> terms, Set<SearchType> types) {
        return Sql.toLong(sql.rows("select count(*) from (select distinct doc_type, doc_id" + FROM + ") d",
                params(terms, types)).get(0)[0]);
    }

    private static Map<String, Object> params(List<String> terms, Set<SearchType> types) {
        return Sql.params("terms", terms, "types", types.stream().map(Enum::name).toList());
    }

    @Override
    public Map<Long, String> snippets(List<SearchHit> hits) {
        Map<Long, List<String>> texts = texts(hits);
        Map<Long, String> snippets = new HashMap<>();
        hits.forEach(h -> snippets.put(h.dbId(), Snippets.of(texts.getOrDefault(h.dbId(), List.of()), h.terms)));
        return snippets;
    }

    /** The text fields of each hit, best field first. */
    private Map<Long, List<String>> texts(List<SearchHit> hits) {
        Map<SearchType, List<SearchHit>> byType = new HashMap<>();
        hits.forEach(h -> byType.computeIfAbsent(h.type, t -> new ArrayList<>()).add(h));
        Map<Long, List<String>> texts = new HashMap<>();
        byType.forEach((type, list) -> {
            List<Long> ids = list.stream().map(h -> h.docId).toList();
            Map<Long, List<String>> byDoc = new HashMap<>();
            for (SearchIndexer.Field field : SearchIndexer.fields(type)) {
                for (Object[] row : sql.rows(field.sql(), Sql.params("ids", ids))) {
                    if (row[1] != null) {
                        byDoc.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(Sql.str(row[1]));
                    }
                }
            }
            list.forEach(h -> texts.put(h.dbId(), byDoc.getOrDefault(h.docId, List.of())));
        });
        return texts;
    }
}
