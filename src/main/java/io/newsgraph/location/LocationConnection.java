package io.newsgraph.location;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of locations.")
public class LocationConnection extends Connection<LocationNode, LocationConnection.LocationEdge> {
    public LocationConnection(
            List<LocationNode> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, parentId, counter);
    }

    @Override
    protected LocationEdge edge(LocationNode node, String cursor) {
        return new LocationEdge(node, cursor);
    }

    @Description("A location and its cursor.")
    public static class LocationEdge extends Edge<LocationNode> {
        LocationEdge(LocationNode node, String cursor) {
            super(node, cursor);
        }
    }
}
