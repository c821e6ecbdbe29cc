package io.newsgraph.live;

import io.newsgraph.history.Operation;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The objects of one type that one operation of a write touched.")
public record ChangedNodes(
        @NonNull ChangeType type,

        @NonNull @Description("CREATE, UPDATE, DELETE or MERGE (both actors of a merge).")
        Operation operation,

        @Description("How many objects: always exact.") int count,

        @NonNull
        @Description("Global ids of the first of them (at most `newsgraph.live.max-ids`, 50 by default; all of"
                + " them when `count` is not larger): refetch with `nodes(ids:)`; deleted ones are gone, their"
                + " `history(id:)` stays.")
        List<@NonNull String> ids) {}
