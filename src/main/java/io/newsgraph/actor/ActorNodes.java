package io.newsgraph.actor;

import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.relay.NodeResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/** `node(id:)` support for actors and roles. */
public final class ActorNodes {
    private ActorNodes() {}

    @ApplicationScoped
    static class Actors implements NodeResolver {
        @Inject
        ActorReader reader;

        @Override
        public String type() {
            return "Actor";
        }

        @Override
        public Map<Long, ? extends Node> resolve(Set<Long> ids, OffsetDateTime asOf) {
            return reader.byIds(ids, asOf);
        }
    }

    @ApplicationScoped
    static class Roles implements NodeResolver {
        @Inject
        ActorReader reader;

        @Override
        public String type() {
            return "Role";
        }

        @Override
        public Map<Long, ? extends Node> resolve(Set<Long> ids, OffsetDateTime asOf) {
            return reader.rolesByIds(ids, asOf);
        }
    }
}
