package io.newsgraph.search;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of search results, best first.")
public class SearchConnection extends Connection<SearchHit, SearchConnection.SearchEdge> {
    SearchConnection(List<SearchHit> rows, Page page, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, 0, counter);
    }

    @Override
    protected SearchEdge edge(SearchHit node, String cursor) {
        return new SearchEdge(node, cursor);
    }

    @Description("A search result and its cursor.")
    public static class SearchEdge extends Edge<SearchHit> {
        SearchEdge(SearchHit node, String cursor) {
            super(node, cursor);
        }
    }
}
