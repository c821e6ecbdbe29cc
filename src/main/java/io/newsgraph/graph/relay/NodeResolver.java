package io.newsgraph.graph.relay;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/** Loads the nodes of one global id type ("Actor", "Event" ...) by database id, for `node` and `nodes`. */
public interface NodeResolver {
    String type();

    /** The nodes with these ids recorded by {@code asOf} (null: now). */
    Map<Long, ? extends Node> resolve(Set<Long> dbIds, OffsetDateTime asOf);
}
