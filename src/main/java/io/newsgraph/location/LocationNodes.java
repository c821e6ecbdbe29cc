package io.newsgraph.location;

import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.relay.NodeResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/** `node(id:)` support for Location ids. */
@ApplicationScoped
public class LocationNodes implements NodeResolver {
    @Inject
    LocationReader reader;

    @Override
    public String type() {
        return "Location";
    }

    @Override
    public Map<Long, ? extends Node> resolve(Set<Long> ids, OffsetDateTime asOf) {
        return reader.byIds(ids, asOf);
    }
}
