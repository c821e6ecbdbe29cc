package io.newsgraph.graph.relay;

import io.newsgraph.graph.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Loads nodes of any type by database id, one query per type. */
@ApplicationScoped
public class NodeLoader {
    @Inject
    @Any
    Instance<NodeResolver> resolvers;

    /** Nodes by type and database id, as they are now. */
    public Map<String, Map<Long, ? extends Node>> load(Map<String, Set<Long>> idsByType) {
        return load(idsByType, null);
    }

    /** Nodes by type and database id recorded by {@code asOf} (null: now); unknown types are BAD_USER_INPUT. */
    public Map<String, Map<Long, ? extends Node>> load(Map<String, Set<Long>> idsByType, OffsetDateTime asOf) {
        Map<String, Map<Long, ? extends Node>> found = new HashMap<>();
        idsByType.forEach((type, ids) -> found.put(type, resolver(type).resolve(ids, asOf)));
        return found;
    }

    private NodeResolver resolver(String type) {
        for (NodeResolver resolver : resolvers) {
            if (resolver.type().equals(type)) {
                return resolver;
            }
        }
        throw new BadUserInputException("Ids of type '" + type + "' do not exist here.");
    }
}
