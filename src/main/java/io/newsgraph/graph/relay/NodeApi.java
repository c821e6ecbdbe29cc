package io.newsgraph.graph.relay;

import io.newsgraph.graph.error.BadUserInputException;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.graph.sql.AsOf;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeApi {
    @Inject
    NodeLoader loader;

    @Query("node")
    @Description("Fetches any object by its global `id`. With `asOf` before the object was recorded: null.")
    public Node node(@NonNull @Id String id, @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        List<Node> found = nodes(List.of(id), asOf);
        if (found.get(0) == null && AsOf.of(asOf) != null) {
            return null;
        }
        if (found.get(0) == null) {
            throw new NotFoundException("Nothing has the id '" + id + "' (it may have been deleted).");
        }
        return found.get(0);
    }

    @Query("nodes")
    @Description("Fetches several objects by global id, in the order asked; missing ones (or, with `asOf`, not yet "
            + "recorded ones) are null.")
    public @NonNull List<Node> nodes(
            @NonNull @Description("Global ids (`[String!]!`: SmallRye GraphQL cannot coerce lists of ID).")
                    List<@NonNull String> ids,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        if (ids.size() > Page.MAX_SIZE) {
            throw new BadUserInputException(
                    "Ask for at most " + Page.MAX_SIZE + " ids at once, got " + ids.size() + ".");
        }
        List<GlobalId> parsed = ids.stream().map(GlobalId::parse).toList();
        Map<String, Set<Long>> byType = new HashMap<>();
        parsed.forEach(g ->
                byType.computeIfAbsent(g.type(), t -> new LinkedHashSet<>()).add(g.dbId()));
        Map<String, Map<Long, ? extends Node>> found = loader.load(byType, AsOf.of(asOf));
        List<Node> result = new ArrayList<>(parsed.size());
        parsed.forEach(g -> result.add(found.get(g.type()).get(g.dbId())));
        return result;
    }
}
