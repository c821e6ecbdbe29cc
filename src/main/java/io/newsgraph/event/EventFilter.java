package io.newsgraph.event;

import io.newsgraph.filter.ActorQuantifier;
import io.newsgraph.filter.DateRange;
import io.newsgraph.filter.IntRange;
import io.newsgraph.filter.StatementQuantifier;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("EventFilter")
@Description("Narrows a list of events. All given conditions must hold; combine filters with `and`, `or`, `not`.")
public record EventFilter(
        @Description("Kind equals.") EventKind kind,
        @Description("Kind is one of.") List<EventKind> kindIn,
        @Description("Status equals.") EventStatus status,
        @Description("Status is one of.") List<EventStatus> statusIn,

        @Description("This actor (slug) takes part in any role.")
        String participant,

        @Description("This actor (slug) is one of the parties (role PARTY), e.g. of a cooperation.")
        String party,

        @Description("Slug is one of.") List<String> slugIn,

        @Description("Case-insensitive substring of the title or summary.")
        String text,

        @Description("Takes place at this location (slug), or at a place within it.")
        String location,

        @Description("Started on a day in this range.") DateRange startedOn,

        @Description("Some troop estimate lies in this range (deployments).")
        IntRange troops,

        @Description("Conditions on the actors taking part.")
        ActorQuantifier participants,

        @Description("Conditions on what was said about the event, e.g. `{none: {}}` for events nobody commented on.")
        StatementQuantifier statements,

        @Description("Every one of these filters holds.") List<EventFilter> and,
        @Description("At least one of these filters holds.") List<EventFilter> or,
        @Description("This filter does not hold.") EventFilter not) {}
