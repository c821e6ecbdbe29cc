package io.newsgraph.graph.write;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a delete removed: the object asked for and, with `cascade: true`, what referred to it.")
public record Deletion(
        @NonNull @Description("`Type:slug` (or `Type:id`) of every object deleted, the one asked for first.")
        List<@NonNull String> deleted,

        @NonNull @Description("`Type:slug` of objects that referred to it and were kept with the reference cleared.")
        List<@NonNull String> detached) {}
