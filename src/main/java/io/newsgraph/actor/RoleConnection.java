package io.newsgraph.actor;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of roles.")
public class RoleConnection extends Connection<RoleNode, RoleConnection.RoleEdge> {
    public RoleConnection(List<RoleNode> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, parentId, counter);
    }

    @Override
    protected RoleEdge edge(RoleNode node, String cursor) {
        return new RoleEdge(node, cursor);
    }

    @Description("A role and its cursor.")
    public static class RoleEdge extends Edge<RoleNode> {
        RoleEdge(RoleNode node, String cursor) {
            super(node, cursor);
        }
    }
}
