package io.newsgraph.actor;

import io.newsgraph.event.EventConnection;
import io.newsgraph.event.EventFilter;
import io.newsgraph.event.EventOrder;
import io.newsgraph.event.EventReader;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.source.EvidenceNode;
import io.newsgraph.source.SourceReader;
import io.newsgraph.statement.StatementConnection;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementOrder;
import io.newsgraph.statement.StatementReader;
import io.newsgraph.statement.StatementReader.ParentColumn;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ActorApi {
    @Inject
    ActorReader actors;

    @Inject
    StatementReader statements;

    @Inject
    EventReader events;

    @Inject
    SourceReader sources;

    @Query("actor")
    @Description("The actor with this slug, e.g. `north-korea`. Unknown slugs answer a NOT_FOUND error.")
    public ActorNode actor(
            @NonNull @Description("The actor's slug.") String slug, @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        OffsetDateTime at = AsOf.of(asOf);
        return actors.bySlug(slug, at)
                .orElseThrow(() -> AsOf.noSlug(
                        "actor",
                        slug,
                        at,
                        "Find slugs with `actors(filter: {name: \"...\"}) { nodes { slug name } }`."));
    }

    @Query("actors")
    @Description("Actors ordered by name, optionally filtered.")
    public @NonNull ActorConnection actors(
            ActorFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<ActorOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        return actors.list(filter, orderBy, Page.of(first, after), AsOf.of(asOf));
    }

    @Description("Other names and spellings, e.g. `DPRK`, `Yoon Suk Yeol`.")
    public @NonNull List<@NonNull String> aliases(@Source ActorNode actor) {
        return Cohort.byId(actor, CohortKey.of("aliases"), actors::aliases, List.of());
    }

    @Description("The state this actor belongs to (for people, ministries, militaries, media).")
    public ActorNode country(@Source ActorNode actor) {
        return Cohort.toOne(
                actor, CohortKey.of("country"), a -> a.countryId, ids -> actors.referenced(ids, actor.asOf()));
    }

    @Description("The body this actor is part of, e.g. the Pentagon is part of the United States government.")
    public ActorNode parent(@Source ActorNode actor) {
        return Cohort.toOne(
                actor, CohortKey.of("parent"), a -> a.parentId, ids -> actors.referenced(ids, actor.asOf()));
    }

    @Description("Positions this person holds or held.")
    public @NonNull RoleConnection roles(
            @Source ActorNode actor,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        Page page = Page.of(first, after);
        return Cohort.byId(
                actor, CohortKey.of("roles", page), ids -> actors.roles("person_id", ids, page, actor.asOf()), null);
    }

    @Description("Positions held in this organization or state, e.g. the Pentagon's spokesperson.")
    public @NonNull RoleConnection officeholders(
            @Source ActorNode actor,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        Page page = Page.of(first, after);
        return Cohort.byId(
                actor,
                CohortKey.of("officeholders", page),
                ids -> actors.roles("organization_id", ids, page, actor.asOf()),
                null);
    }

    @Description("Statements this actor made.")
    public @NonNull StatementConnection statements(
            @Source ActorNode actor,
            StatementFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<StatementOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        return linked(actor, ParentColumn.SPEAKER, filter, orderBy, first, after);
    }

    @Description("Statements others (or it) made about this actor.")
    public @NonNull StatementConnection statementsAbout(
            @Source ActorNode actor,
            StatementFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<StatementOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        return linked(actor, ParentColumn.SUBJECT_ACTOR, filter, orderBy, first, after);
    }

    @Description("Statements addressed to this actor, e.g. the US urging China.")
    public @NonNull StatementConnection statementsAddressed(
            @Source ActorNode actor,
            StatementFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<StatementOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        return linked(actor, ParentColumn.ADDRESSEE, filter, orderBy, first, after);
    }

    private StatementConnection linked(
            ActorNode actor,
            ParentColumn link,
            StatementFilter filter,
            List<StatementOrder> orderBy,
            Integer first,
            String after) {
        Page page = Page.of(first, after);
        return Cohort.byId(
                actor,
                CohortKey.of("statements", link, page, filter, orderBy),
                ids -> statements.linked(link, ids, filter, orderBy, page, actor.asOf()),
                null);
    }

    @Description("Events this actor takes part in, in any role.")
    public @NonNull EventConnection events(
            @Source ActorNode actor,
            EventFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<EventOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        Page page = Page.of(first, after);
        return Cohort.byId(
                actor,
                CohortKey.of("events", page, filter, orderBy),
                ids -> events.ofActors(ids, filter, orderBy, page, actor.asOf()),
                null);
    }

    @Name("totalCount")
    @Description("Number of actors in the whole list, all pages.")
    public int actorCount(@Source ActorConnection connection) {
        return connection.totalCount();
    }

    @Description("The person holding the position.")
    public @NonNull ActorNode person(@Source RoleNode role) {
        return Cohort.toOne(role, CohortKey.of("person"), r -> r.personId, ids -> actors.referenced(ids, role.asOf()));
    }

    @Description("The organization or state the position is in.")
    public @NonNull ActorNode organization(@Source RoleNode role) {
        return Cohort.toOne(
                role, CohortKey.of("organization"), r -> r.organizationId, ids -> actors.referenced(ids, role.asOf()));
    }

    @Description("Where the sources say so.")
    public @NonNull List<@NonNull EvidenceNode> evidence(@Source RoleNode role) {
        return Cohort.byId(
                role,
                CohortKey.of("evidence"),
                ids -> sources.evidence(SourceReader.Fact.ROLE, ids, role.asOf()),
                List.of());
    }

    @Name("totalCount")
    @Description("Number of roles in the whole list, all pages.")
    public int roleCount(@Source RoleConnection connection) {
        return connection.totalCount();
    }
}
