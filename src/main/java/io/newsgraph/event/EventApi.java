package io.newsgraph.event;

import io.newsgraph.actor.ActorNode;
import io.newsgraph.actor.ActorReader;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.location.LocationNode;
import io.newsgraph.location.LocationReader;
import io.newsgraph.source.EvidenceNode;
import io.newsgraph.source.SourceNode;
import io.newsgraph.source.SourceReader;
import io.newsgraph.statement.Stance;
import io.newsgraph.statement.StatementConnection;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementOrder;
import io.newsgraph.statement.StatementReader;
import io.newsgraph.statement.StatementReader.ParentColumn;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class EventApi {
    @Inject
    EventReader events;

    @Inject
    ActorReader actors;

    @Inject
    LocationReader locations;

    @Inject
    StatementReader statements;

    @Inject
    SourceReader sources;

    @Query("event")
    @Description("The event with this slug, e.g. `nk-russia-military-cooperation`.")
    public EventNode event(@NonNull String slug, @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        OffsetDateTime at = AsOf.of(asOf);
        return events.bySlug(slug, at)
                .orElseThrow(
                        () -> AsOf.noSlug("event", slug, at, "List slugs with `events { nodes { slug title } }`."));
    }

    @Query("events")
    @Description("Events, latest start first (undated ones last), optionally filtered.")
    public @NonNull EventConnection events(
            EventFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<EventOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        return events.list(filter, orderBy, Page.of(first, after), AsOf.of(asOf));
    }

    // ---- fields of every event

    @Description("Every actor involved, with the part it plays.")
    public @NonNull List<@NonNull ParticipantNode> participants(@Source EventNode event) {
        return participantsOf(base(event));
    }

    @Description("Where it takes place, in itinerary order.")
    public @NonNull List<@NonNull LocationNode> locations(@Source EventNode event) {
        return Cohort.byId(
                base(event),
                CohortKey.of("locations"),
                eventIds -> {
                    Map<Long, List<VisitStop>> stops =
                            events.stops(eventIds, base(event).asOf());
                    Set<Long> locationIds = new LinkedHashSet<>();
                    stops.values().forEach(list -> list.forEach(s -> locationIds.add(s.locationId)));
                    Map<Long, LocationNode> found =
                            locations.referenced(locationIds, base(event).asOf());
                    Map<Long, List<LocationNode>> result = new HashMap<>();
                    stops.forEach((eventId, list) -> result.put(
                            eventId,
                            list.stream().map(s -> found.get(s.locationId)).toList()));
                    return result;
                },
                List.of());
    }

    @Description("What was said about this event, optionally filtered (e.g. by stance).")
    public @NonNull StatementConnection statements(
            @Source EventNode event,
            StatementFilter filter,
            @Description("Shortcut for `filter: {stance: ...}`.") Stance stance,
            @Description("Sort order; ties are broken by creation order.") List<StatementOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        StatementFilter effective =
                stance == null ? filter : filter == null ? StatementFilter.ofStance(stance) : filter.withStance(stance);
        Page page = Page.of(first, after);
        return Cohort.byId(
                base(event),
                CohortKey.of("statements", page, effective, orderBy),
                ids -> statements.linked(
                        ParentColumn.SUBJECT_EVENT,
                        ids,
                        effective,
                        orderBy,
                        page,
                        base(event).asOf()),
                null);
    }

    @Description("The spans of source text that report this event.")
    public @NonNull List<@NonNull EvidenceNode> evidence(@Source EventNode event) {
        return Cohort.byId(
                base(event),
                CohortKey.of("evidence"),
                ids -> sources.evidence(
                        SourceReader.Fact.EVENT, ids, base(event).asOf()),
                List.of());
    }

    @Description("The reports that mention this event.")
    public @NonNull List<@NonNull SourceNode> sources(@Source EventNode event) {
        return Cohort.byId(
                base(event),
                CohortKey.of("sources"),
                ids -> sources.sources(SourceReader.Fact.EVENT, ids, base(event).asOf()),
                List.of());
    }

    @Description("The earlier event this one continues, e.g. a visit following a summit.")
    public EventNode follows(@Source EventNode event) {
        return Cohort.toOne(
                base(event),
                CohortKey.of("follows"),
                e -> e.followsId,
                ids -> events.referenced(ids, base(event).asOf()));
    }

    @Description("The larger event this one is part of, e.g. a visit within a strategic dialogue.")
    public EventNode partOf(@Source EventNode event) {
        return Cohort.toOne(
                base(event),
                CohortKey.of("partOf"),
                e -> e.partOfId,
                ids -> events.referenced(ids, base(event).asOf()));
    }

    // ---- kind-specific fields

    @Description("The actor whose forces deploy.")
    public ActorNode sender(@Source Deployment deployment) {
        return participant(deployment, "sender", ParticipantRole.SENDER);
    }

    @Name("host")
    @Description("The actor the forces are stationed with.")
    public ActorNode deploymentHost(@Source Deployment deployment) {
        return participant(deployment, "host", ParticipantRole.HOST);
    }

    @Description("Reported troop numbers, latest first (by the day they describe); each with who reported it and the "
            + "evidence. A newer number never replaces an older one: both stay, each with its source.")
    public @NonNull List<@NonNull EstimateNode> estimates(@Source Deployment deployment) {
        return Cohort.byId(
                deployment, CohortKey.of("estimates"), ids -> events.estimates(ids, deployment.asOf()), List.of());
    }

    @Description("The latest reported troop number (the first of `estimates`), or null when there is none.")
    public EstimateNode latestEstimate(@Source Deployment deployment) {
        List<EstimateNode> all = estimates(deployment);
        return all.isEmpty() ? null : all.get(0);
    }

    @Description("The parties cooperating (two or more).")
    public @NonNull List<@NonNull ActorNode> parties(@Source Cooperation cooperation) {
        return Cohort.load(
                cooperation,
                CohortKey.of("parties"),
                members -> {
                    Map<Long, List<Long>> partyIds = new HashMap<>();
                    Set<Long> all = new LinkedHashSet<>();
                    for (Cooperation c : members) {
                        List<Long> ids = participantsOf(c).stream()
                                .filter(p -> p.getRole() == ParticipantRole.PARTY)
                                .map(p -> p.actorId)
                                .toList();
                        partyIds.put(c.dbId(), ids);
                        all.addAll(ids);
                    }
                    Map<Long, ActorNode> found = actors.referenced(all, cooperation.asOf());
                    Map<Long, List<ActorNode>> result = new HashMap<>();
                    partyIds.forEach((id, ids) ->
                            result.put(id, ids.stream().map(found::get).toList()));
                    return result;
                },
                List.of());
    }

    @Description("Who travels.")
    public ActorNode visitor(@Source Visit visit) {
        return participant(visit, "visitor", ParticipantRole.VISITOR);
    }

    @Name("host")
    @Description("Who receives the visitor.")
    public ActorNode visitHost(@Source Visit visit) {
        return participant(visit, "host", ParticipantRole.HOST);
    }

    @Description("Places on the itinerary in the order travelled, each with whether it was reached or is planned.")
    public @NonNull List<@NonNull VisitStop> stops(@Source Visit visit) {
        return Cohort.byId(visit, CohortKey.of("stops"), ids -> events.stops(ids, visit.asOf()), List.of());
    }

    @Description("The place.")
    public @NonNull LocationNode location(@Source VisitStop stop) {
        return Cohort.toOne(
                stop, CohortKey.of("location"), s -> s.locationId, ids -> locations.referenced(ids, stop.asOf()));
    }

    @Description("The actor.")
    public @NonNull ActorNode actor(@Source ParticipantNode participant) {
        return Cohort.toOne(
                participant, CohortKey.of("actor"), p -> p.actorId, ids -> actors.referenced(ids, participant.asOf()));
    }

    @Description("Who reported the number, e.g. the Pentagon.")
    public ActorNode reportedBy(@Source EstimateNode estimate) {
        return Cohort.toOne(
                estimate,
                CohortKey.of("reportedBy"),
                e -> e.reportedById,
                ids -> actors.referenced(ids, estimate.asOf()));
    }

    @Name("evidence")
    @Description("Where the sources give the number.")
    public @NonNull List<@NonNull EvidenceNode> estimateEvidence(@Source EstimateNode estimate) {
        return Cohort.byId(
                estimate,
                CohortKey.of("evidence"),
                ids -> sources.evidence(SourceReader.Fact.ESTIMATE, ids, estimate.asOf()),
                List.of());
    }

    @Name("deployment")
    @Description("The deployment the number is about.")
    public @NonNull EventNode estimateDeployment(@Source EstimateNode estimate) {
        return Cohort.toOne(
                estimate, CohortKey.of("deployment"), e -> e.eventId, ids -> events.referenced(ids, estimate.asOf()));
    }

    @Name("totalCount")
    @Description("Number of events in the whole list, all pages.")
    public int eventCount(@Source EventConnection connection) {
        return connection.totalCount();
    }

    private List<ParticipantNode> participantsOf(EventBase event) {
        return Cohort.byId(
                event, CohortKey.of("participants"), ids -> events.participants(ids, event.asOf()), List.of());
    }

    private ActorNode participant(EventBase event, String key, ParticipantRole role) {
        return Cohort.toOne(
                event,
                CohortKey.of(key),
                e -> participantsOf(e).stream()
                        .filter(p -> p.getRole() == role)
                        .map(p -> p.actorId)
                        .findFirst()
                        .orElse(null),
                ids -> actors.referenced(ids, event.asOf()));
    }

    private static EventBase base(EventNode event) {
        return (EventBase) event;
    }
}
