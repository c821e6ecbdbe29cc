package io.newsgraph.search;

import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.Sql;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One way of answering {@code search}: the portable term index, or PostgreSQL's own full-text search. */
interface SearchEngine {
    /** The hits of a page, best first; one more than the page size when another page follows. */
    List<SearchHit> page(List<String> terms, Set<SearchType> types, Page page);

    /** How many documents match at least one of the terms. */
    long count(List<String> terms, Set<SearchType> types);

    /** The snippet of each hit, by {@link SearchHit#dbId()}: HTML-escaped text with the matches in {@code <mark>}. */
    Map<Long, String> snippets(List<SearchHit> hits);

    /** Adds the page's {@code :off} and {@code :lim} (one row more than the page, to tell whether another follows). */
    static Map<String, Object> paged(Map<String, Object> params, Page page) {
        params.put("off", page.offset());
        params.put("lim", page.first() + 1);
        return params;
    }

    /** A ranked row (doc_type, doc_id, ...) as the next hit of the page, its score rounded to two decimals. */
    static SearchHit hit(Page page, List<SearchHit> hits, Object[] row, double score, List<String> terms) {
        return new SearchHit(
                page.offset() + hits.size(),
                SearchType.valueOf(Sql.str(row[0])),
                Sql.toLong(row[1]),
                Math.round(score * 100) / 100.0,
                terms);
    }
}
