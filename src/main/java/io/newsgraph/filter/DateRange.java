package io.newsgraph.filter;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("A range of days; give any of the bounds. Undated items never match a range.")
public record DateRange(
        @Description("On or after.") LocalDate gte,
        @Description("After.") LocalDate gt,
        @Description("On or before.") LocalDate lte,
        @Description("Before.") LocalDate lt) {}
