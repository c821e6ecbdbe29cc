package io.newsgraph.traversal;

import io.newsgraph.graph.relay.Connection;
import io.newsgraph.graph.relay.Edge;
import io.newsgraph.graph.relay.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of a timeline, in date order.")
public class TimelineConnection extends Connection<TimelineEntry, TimelineConnection.TimelineEdge> {
    TimelineConnection(List<TimelineEntry> rows, Page page, Function<Set<Long>, Map<Long, Long>> counter) {
        super(rows, page, 0, counter);
    }

    @Override
    protected TimelineEdge edge(TimelineEntry node, String cursor) {
        return new TimelineEdge(node, cursor);
    }

    @Description("A timeline entry and its cursor.")
    public static class TimelineEdge extends Edge<TimelineEntry> {
        TimelineEdge(TimelineEntry node, String cursor) {
            super(node, cursor);
        }
    }
}
