package io.newsgraph.search;

import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Ranked search with PostgreSQL's full-text search over {@code search_document} and its GIN index
 * ({@link SearchDocuments}). The words of the question are OR-ed, each in its 'simple' form (as names are indexed) and
 * its 'english' form (as prose is indexed, so "condemning" finds "condemned"). As with the term index, the score is
 * the document's weight for the question, here {@code ts_rank}, times the share of the question's words it matches.
 */
@ApplicationScoped
class PostgresSearch implements SearchEngine {
    /** Weights of D, C, B, A: the term index's 1, 2, 4, 10 (PostgreSQL's defaults). */
    private static final String WEIGHTS = "cast('{0.1, 0.2, 0.4, 1.0}' as real[])";
    /** ts_headline marks matched words between these; only which words matched is read back. */
    private static final String HEADLINE_OPTIONS =
            "StartSel=\u0001, StopSel=\u0002, MaxFragments=100, MaxWords=2, MinWords=1";

    private static final Pattern MARKED = Pattern.compile("\u0001([^\u0002]*)\u0002");

    /** A text field shown in snippets, in the order of weight, with the configuration it is indexed with. */
    private record Field(String sql, String config) {}

    @Inject
    Sql sql;

    @Override
    public List<SearchHit> page(List<String> terms, Set<SearchType> types, Page page) {
        Map<String, Object> params = SearchEngine.paged(params(terms, types), page);
        // Share of the words matched: one test per word, only when there are several.
        String matched = terms.size() == 1
                ? "1"
                : IntStream.range(0, terms.size())
                        .mapToObj(i -> "case when document @@ q.w" + i + " then 1 else 0 end")
                        .collect(Collectors.joining(" + "));
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] row : sql.rows(
                query(terms) + "select doc_type, doc_id, ts_rank(" + WEIGHTS + ", document, q.tsq)"
                        + " * (" + matched + ") as score from search_document, q where document @@ q.tsq"
                        + typeFilter(types)
                        + " order by score desc, doc_type, doc_id offset :off rows fetch next :lim rows only",
                params)) {
            double score = ((Number) row[2]).doubleValue() * 10 / terms.size();
            hits.add(SearchEngine.hit(page, hits, row, score, terms));
        }
        return hits;
    }

    @Override
    public long count(List<String> terms, Set<SearchType> types) {
        return Sql.toLong(sql.rows(
                        query(List.of()) + "select count(*) from search_document, q where document @@ q.tsq"
                                + typeFilter(types),
                        params(terms, types))
                .get(0)[0]);
    }

    private static String typeFilter(Set<SearchType> types) {
        return types.size() == SearchType.values().length ? "" : " and doc_type in (:types)";
    }

    /**
     * The question as a CTE: {@code tsq}, every word in both forms OR-ed, and for several words each word alone,
     * {@code w<i>}, to count how many of them a document matches.
     */
    private static String query(List<String> terms) {
        StringBuilder q = new StringBuilder("with q as (select " + both(":query") + " as tsq");
        for (int i = 0; terms.size() > 1 && i < terms.size(); i++) {
            q.append(", ").append(both(":w" + i)).append(" as w").append(i);
        }
        return q.append(") ").toString();
    }

    private static String both(String param) {
        return "to_tsquery('simple', " + param + ") || to_tsquery('english', " + param + ")";
    }

    private static Map<String, Object> params(List<String> terms, Set<SearchType> types) {
        Map<String, Object> params = Sql.params(
                "query", tsquery(terms), "types", types.stream().map(Enum::name).toList());
        for (int i = 0; i < terms.size(); i++) {
            params.put("w" + i, tsquery(List.of(terms.get(i))));
        }
        return params;
    }

    /** The words as a tsquery text: each quoted, OR-ed. Tokenizer terms are letters and digits only. */
    static String tsquery(List<String> terms) {
        return terms.stream().map(t -> "'" + t.replace("'", "''") + "'").collect(Collectors.joining(" | "));
    }

    private static List<Field> fields(SearchType type) {
        return switch (type) {
            case ACTOR ->
                List.of(
                        new Field("select id, name from actor where id in (:ids)", "simple"),
                        new Field("select actor_id, alias from actor_alias where actor_id in (:ids)", "simple"),
                        new Field("select id, description from actor where id in (:ids)", "english"));
            case EVENT ->
                List.of(
                        new Field("select id, title from event where id in (:ids)", "english"),
                        new Field("select id, summary from event where id in (:ids)", "english"),
                        new Field("select event_id, quote from evidence where event_id in (:ids)", "english"));
            case STATEMENT ->
                List.of(
                        new Field("select id, quote from statement where id in (:ids)", "english"),
                        new Field("select id, summary from statement where id in (:ids)", "english"),
                        new Field(
                                "select s.id, a.name from statement s join actor a on a.id = s.speaker_id"
                                        + " where s.id in (:ids)",
                                "simple"),
                        new Field("select statement_id, quote from evidence where statement_id in (:ids)", "english"));
            case SOURCE ->
                List.of(
                        new Field("select id, title from source where id in (:ids)", "english"),
                        new Field("select id, body from source where id in (:ids)", "english"));
            case LOCATION -> List.of(new Field("select id, name from location where id in (:ids)", "simple"));
        };
    }

    /**
     * Snippets are cut by {@link Snippets}, as on every database; PostgreSQL's {@code ts_headline} tells which words
     * of the texts match (stemmed forms such as "condemned" for "condemning"), and those are marked too.
     */
    @Override
    public Map<Long, String> snippets(List<SearchHit> hits) {
        Map<SearchType, List<SearchHit>> byType = new HashMap<>();
        hits.forEach(h -> byType.computeIfAbsent(h.type, t -> new ArrayList<>()).add(h));
        String query = tsquery(hits.get(0).terms);
        Map<Long, String> snippets = new HashMap<>();
        byType.forEach((type, list) -> {
            List<Long> ids = list.stream().map(h -> h.docId).toList();
            Map<Long, List<String>> texts = new HashMap<>();
            Map<Long, Set<String>> matched = new HashMap<>();
            for (Field field : fields(type)) {
                for (Object[] row : sql.rows(
                        query(List.of()) + "select f.id, f.txt, ts_headline('" + field.config
                                + "', newsgraph_fold(f.txt), q.tsq, :options) from (" + field.sql + ") f (id, txt), q"
                                + " where f.txt is not null",
                        Sql.params("ids", ids, "query", query, "options", HEADLINE_OPTIONS))) {
                    long id = Sql.toLong(row[0]);
                    texts.computeIfAbsent(id, k -> new ArrayList<>()).add(Sql.str(row[1]));
                    Matcher marked = MARKED.matcher(Sql.str(row[2]));
                    while (marked.find()) {
                        matched.computeIfAbsent(id, k -> new LinkedHashSet<>())
                                .addAll(Tokenizer.terms(marked.group(1)));
                    }
                }
            }
            for (SearchHit hit : list) {
                Set<String> terms = new LinkedHashSet<>(hit.terms);
                terms.addAll(matched.getOrDefault(hit.docId, Set.of()));
                snippets.put(hit.dbId(), Snippets.of(texts.getOrDefault(hit.docId, List.of()), terms));
            }
        });
        return snippets;
    }
}
