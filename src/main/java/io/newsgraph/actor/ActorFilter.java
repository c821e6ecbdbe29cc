package io.newsgraph.actor;

import io.newsgraph.filter.EventQuantifier;
import io.newsgraph.filter.StatementQuantifier;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("ActorFilter")
@Description("Narrows a list of actors. All given conditions must hold; combine filters with `and`, `or`, `not`.")
public record ActorFilter(
        @Description("Kind equals.") ActorKind kind,
        @Description("Kind is one of.") List<ActorKind> kindIn,

        @Description("Case-insensitive substring of the name or of any alias, e.g. `yoon suk` or `dprk`.")
        String name,

        @Description("Slug is one of.") List<String> slugIn,
        @Description("Belongs to this state (slug).") String country,
        @Description("Is part of this body (slug).") String parent,

        @Description("Statements this actor made, e.g. `{some: {stance: CONDEMN}}`.")
        StatementQuantifier made,

        @Description("Statements about this actor.") StatementQuantifier mentionedIn,
        @Description("Events this actor takes part in.") EventQuantifier events,
        @Description("Every one of these filters holds.") List<ActorFilter> and,
        @Description("At least one of these filters holds.") List<ActorFilter> or,
        @Description("This filter does not hold.") ActorFilter not) {}
