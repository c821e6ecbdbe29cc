package io.newsgraph.filter;

import org.eclipse.microprofile.graphql.Description;

@Description("A range of whole numbers; give any of the bounds.")
public record IntRange(
        @Description("At least.") Integer gte,
        @Description("More than.") Integer gt,
        @Description("At most.") Integer lte,
        @Description("Less than.") Integer lt) {}
