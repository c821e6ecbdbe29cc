package io.newsgraph.traversal;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A route between two nodes of the graph.")
public record Path(
        @NonNull @Description("Number of steps.") int length,
        @NonNull @Description("The steps in order.") List<@NonNull PathStep> steps) {}
