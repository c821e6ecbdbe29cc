package io.newsgraph.event;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of events.")
public class EventConnection extends Connection<EventNode, EventConnection.EventEdge> {
    public EventConnection(
            List<EventNode> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, parentId, counter);
    }

    @Override
    protected EventEdge edge(EventNode node, String cursor) {
        return new EventEdge(node, cursor);
    }

    @Description("An event and its cursor.")
    public static class EventEdge extends Edge<EventNode> {
        EventEdge(EventNode node, String cursor) {
            super(node, cursor);
        }
    }
}
