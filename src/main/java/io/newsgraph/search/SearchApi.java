package io.newsgraph.search;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.relay.NodeLoader;
import io.newsgraph.graph.relay.Page;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class SearchApi {
    @Inject
    SearchReader search;

    @Inject
    NodeLoader nodes;

    @Query("search")
    @Description("Ranked full-text search across actor names and aliases, statement quotes and summaries, event titles "
            + "and summaries, place names and source texts. Case and accents are ignored; on PostgreSQL other English "
            + "forms of a word match too ('condemning' finds 'condemned'), on H2 words match whole. Results matching "
            + "more of the words come first. 'Yoon Suk Yeol' and 'Yoon Seok-yeol' find the same person.")
    public @NonNull SearchConnection search(
            @NonNull @Description("Words to look for.") String query,
            @Description("Only these kinds of things (default: all).") List<SearchType> types,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        return search.search(query, types, Page.of(first, after));
    }

    @Description("What matched.")
    public @NonNull Node node(@Source SearchHit hit) {
        return Cohort.load(
                hit,
                CohortKey.of("node"),
                hits -> {
                    Map<String, Set<Long>> ids = new HashMap<>();
                    hits.forEach(h -> ids.computeIfAbsent(h.type.nodeType(), t -> new LinkedHashSet<>())
                            .add(h.docId));
                    Map<String, Map<Long, ? extends Node>> found = nodes.load(ids);
                    Map<Long, Node> byHit = new HashMap<>();
                    hits.forEach(h ->
                            byHit.put(h.dbId(), found.get(h.type.nodeType()).get(h.docId)));
                    return byHit;
                },
                null);
    }

    @Description("The matching words in context: HTML-escaped text with each match wrapped in `<mark>`.")
    public @NonNull String snippet(@Source SearchHit hit) {
        return Cohort.load(hit, CohortKey.of("snippet"), search::snippets, "");
    }

    @Name("totalCount")
    @Description("Number of results in all pages.")
    public int searchCount(@Source SearchConnection connection) {
        return connection.totalCount();
    }
}
