package io.newsgraph.search;

import io.newsgraph.graph.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One way of answering {@code search}: the portable term table, or PostgreSQL's own full-text search. */
interface SearchEngine {
    /** The hits of a page, best first; one more than the page size when another page follows. */
    List<SearchHit> page(List<String> terms, Set<SearchType> types, Page page);

    /** How many documents match at least one of the terms. */
    long count(List<String> terms, Set<SearchType> types);

    /** The snippet of each hit, by {@link SearchHit#dbId()}: HTML-escaped text with the matches in {@code <mark>}. */
    Map<Long, String> snippets(List<SearchHit> hits);
}
