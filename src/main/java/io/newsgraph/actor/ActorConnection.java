package io.newsgraph.actor;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of actors.")
public class ActorConnection extends Connection<ActorNode, ActorConnection.ActorEdge> {
    public ActorConnection(
            List<ActorNode> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, parentId, counter);
    }

    @Override
    protected ActorEdge edge(ActorNode node, String cursor) {
        return new ActorEdge(node, cursor);
    }

    @Description("An actor and its cursor.")
    public static class ActorEdge extends Edge<ActorNode> {
        ActorEdge(ActorNode node, String cursor) {
            super(node, cursor);
        }
    }
}
