package io.newsgraph.search;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.error.BadUserInputException;
import io.newsgraph.graph.relay.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ranked search: checks the question, then asks the engine that serves this database ({@link SearchEngines}). */
@ApplicationScoped
public class SearchReader {
    static final int MAX_TERMS = 10;

    @Inject
    SearchEngines engines;

    public SearchConnection search(String query, List<SearchType> types, Page page) {
        List<String> terms = new ArrayList<>(Tokenizer.terms(query));
        if (terms.isEmpty()) {
            throw new BadUserInputException("The search query has no searchable words; give at least one word of two"
                    + " or more letters that is not a stop word such as 'the'.");
        }
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        List<String> words = List.copyOf(terms);
        Set<SearchType> wanted =
                types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
        SearchEngine engine = engines.current();
        List<SearchHit> hits = engine.page(words, wanted, page);
        Cohort.of(hits);
        return new SearchConnection(hits, page, ids -> Map.of(0L, engine.count(words, wanted)));
    }

    /** The snippet of each hit, by {@link SearchHit#dbId()}. */
    public Map<Long, String> snippets(List<SearchHit> hits) {
        return engines.current().snippets(hits);
    }
}
