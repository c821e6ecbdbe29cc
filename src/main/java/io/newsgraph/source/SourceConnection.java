package io.newsgraph.source;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of sources.")
public class SourceConnection extends Connection<SourceNode, SourceConnection.SourceEdge> {
    public SourceConnection(
            List<SourceNode> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, parentId, counter);
    }

    @Override
    protected SourceEdge edge(SourceNode node, String cursor) {
        return new SourceEdge(node, cursor);
    }

    @Description("A source and its cursor.")
    public static class SourceEdge extends Edge<SourceNode> {
        SourceEdge(SourceNode node, String cursor) {
            super(node, cursor);
        }
    }
}
