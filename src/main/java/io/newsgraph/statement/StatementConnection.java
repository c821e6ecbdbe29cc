package io.newsgraph.statement;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of statements.")
public class StatementConnection extends Connection<StatementNode, StatementConnection.StatementEdge> {
    public StatementConnection(
            List<StatementNode> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, parentId, counter);
    }

    @Override
    protected StatementEdge edge(StatementNode node, String cursor) {
        return new StatementEdge(node, cursor);
    }

    @Description("A statement and its cursor.")
    public static class StatementEdge extends Edge<StatementNode> {
        StatementEdge(StatementNode node, String cursor) {
            super(node, cursor);
        }
    }
}
