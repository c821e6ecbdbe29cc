package io.newsgraph.search;

import io.newsgraph.graph.BadUserInputException;
import io.newsgraph.graph.Cohort;
import io.newsgraph.graph.Page;
import io.newsgraph.graph.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ranked search over the term index: score = weight of the matched terms × share of the query terms matched. */
@ApplicationScoped
public class SearchReader {
    static final int MAX_TERMS = 10;

    @Inject
    Sql sql;

    public SearchConnection search(String query, List<SearchType> types, Page page) {
        List<String> terms = new ArrayList<>(Tokenizer.terms(query));
        if (terms.isEmpty()) {
            throw new BadUserInputException("The search query has no searchable words; give at least one word of two"
                    + " or more letters that is not a stop word such as 'the'.");
        }
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        Set<SearchType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
        Map<String, Object> params = Sql.params("terms", terms, "types", wanted.stream().map(Enum::name).toList());
        String from = " from search_term where term in (:terms) and doc_type in (:types)";
        List<SearchHit> hits = new ArrayList<>();
        int termCount = terms.size();
        for (Object[] row : sql.rows("select doc_type, doc_id, count(*), sum(weight)" + from
                + " group by doc_type, doc_id order by count(*) * sum(weight) desc, doc_type, doc_id"
                + " offset :off rows fetch next :lim rows only",
                withPage(params, page))) {
            double matched = Sql.toLong(row[2]);
            double score = Sql.toLong(row[3]) * matched / termCount;
            hits.add(new SearchHit(page.offset() + hits.size(), SearchType.valueOf(Sql.str(row[0])), Sql.toLong(row[1]),
                    Math.round(score * 100) / 100.0, terms));
        }
        Cohort.of(hits);
        return new SearchConnection(hits, page, ids -> Map.of(0L, Sql.toLong(sql.rows(
                "select count(*) from (select distinct doc_type, doc_id" + from + ") d", params).get(0)[0])));
    }

    private static Map<String, Object> withPage(Map<String, Object> params, Page page) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("off", page.offset());
        all.put("lim", page.first() + 1);
        return all;
    }

    /** The text fields of each hit, best field first, for snippets. */
    public Map<Long, List<String>> texts(List<SearchHit> hits) {
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
