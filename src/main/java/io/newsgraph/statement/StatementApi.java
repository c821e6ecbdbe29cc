package io.newsgraph.statement;

import io.newsgraph.actor.ActorNode;
import io.newsgraph.actor.ActorReader;
import io.newsgraph.event.EventNode;
import io.newsgraph.event.EventReader;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.error.BadUserInputException;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.source.EvidenceNode;
import io.newsgraph.source.SourceNode;
import io.newsgraph.source.SourceReader;
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
public class StatementApi {
    @Inject
    StatementReader statements;

    @Inject
    ActorReader actors;

    @Inject
    EventReader events;

    @Inject
    SourceReader sources;

    @Inject
    StatementStatsReader statsReader;

    @Query("statement")
    @Description("The statement with this slug.")
    public StatementNode statement(@NonNull String slug, @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        OffsetDateTime at = AsOf.of(asOf);
        return statements
                .bySlug(slug, at)
                .orElseThrow(() ->
                        AsOf.noSlug("statement", slug, at, "List slugs with `statements { nodes { slug summary } }`."));
    }

    @Query("statements")
    @Description("Statements, latest first (undated ones in source order), optionally filtered.")
    public @NonNull StatementConnection statements(
            StatementFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<StatementOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        return statements.list(filter, orderBy, Page.of(first, after), AsOf.of(asOf));
    }

    @Description("Who said it.")
    public @NonNull ActorNode speaker(@Source StatementNode statement) {
        return Cohort.toOne(
                statement, CohortKey.of("speaker"), s -> s.speakerId, ids -> actors.referenced(ids, statement.asOf()));
    }

    @Description("Whom it was addressed to, when it was addressed to someone (the US urged China).")
    public ActorNode addressee(@Source StatementNode statement) {
        return Cohort.toOne(
                statement,
                CohortKey.of("addressee"),
                s -> s.addresseeId,
                ids -> actors.referenced(ids, statement.asOf()));
    }

    @Description("What it is about: an event of any kind, or an actor.")
    public @NonNull Subject subject(@Source StatementNode statement) {
        return Cohort.load(
                statement,
                CohortKey.of("subject"),
                members -> {
                    Set<Long> eventIds = new LinkedHashSet<>();
                    Set<Long> actorIds = new LinkedHashSet<>();
                    for (StatementNode s : members) {
                        if (s.subjectEventId != null) {
                            eventIds.add(s.subjectEventId);
                        } else {
                            actorIds.add(s.subjectActorId);
                        }
                    }
                    Map<Long, EventNode> eventsById =
                            eventIds.isEmpty() ? Map.of() : events.referenced(eventIds, statement.asOf());
                    Map<Long, ActorNode> actorsById =
                            actorIds.isEmpty() ? Map.of() : actors.referenced(actorIds, statement.asOf());
                    Map<Long, Subject> result = new HashMap<>();
                    for (StatementNode s : members) {
                        result.put(
                                s.dbId(),
                                s.subjectEventId != null
                                        ? (Subject) eventsById.get(s.subjectEventId)
                                        : actorsById.get(s.subjectActorId));
                    }
                    return result;
                },
                null);
    }

    @Description("The spans of source text that support it, each with its source.")
    public @NonNull List<@NonNull EvidenceNode> evidence(@Source StatementNode statement) {
        return Cohort.byId(
                statement,
                CohortKey.of("evidence"),
                ids -> sources.evidence(SourceReader.Fact.STATEMENT, ids, statement.asOf()),
                List.of());
    }

    @Description("The reports it is taken from.")
    public @NonNull List<@NonNull SourceNode> sources(@Source StatementNode statement) {
        return Cohort.byId(
                statement,
                CohortKey.of("sources"),
                ids -> sources.sources(SourceReader.Fact.STATEMENT, ids, statement.asOf()),
                List.of());
    }

    @Query("statementStats")
    @Description("How many statements match a filter, grouped by speaker, stance, subject, speaker country or month; "
            + "e.g. condemnations per speaker country: `statementStats(filter: {stance: CONDEMN}, groupBy: "
            + "[SPEAKER_COUNTRY])`.")
    public @NonNull StatementStats statementStats(
            StatementFilter filter,
            @DefaultValue("[]") @Description("Grouping keys; none gives one group with the total.")
                    List<StatementGroupKey> groupBy,
            @DefaultValue("100") @Description("Most groups to return, largest first; 1000 at most.") Integer first,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        first = first == null ? 100 : first;
        if (first < 0 || first > 1000) {
            throw new BadUserInputException("`first` must be between 0 and 1000, got " + first + ".");
        }
        return new StatementStats(filter, groupBy == null ? List.of() : groupBy, first, AsOf.of(asOf));
    }

    @Description("Statements matching the filter.")
    public int total(@Source StatementStats stats) {
        return statsReader.total(stats.filter, stats.at);
    }

    @Description("The groups, largest first.")
    public @NonNull List<@NonNull StatementGroup> groups(@Source StatementStats stats) {
        return statsReader.groups(stats.filter, stats.groupBy, stats.first, stats.at);
    }

    @Description("The speaker, when grouped by SPEAKER.")
    public ActorNode speaker(@Source StatementGroup group) {
        return Cohort.toOne(
                group, CohortKey.of("speaker"), g -> g.speakerId, ids -> actors.referenced(ids, group.asOf()));
    }

    @Description("The speaker's state, when grouped by SPEAKER_COUNTRY.")
    public ActorNode speakerCountry(@Source StatementGroup group) {
        return Cohort.toOne(
                group,
                CohortKey.of("speakerCountry"),
                g -> g.speakerCountryId,
                ids -> actors.referenced(ids, group.asOf()));
    }

    @Name("subject")
    @Description("What the statements are about, when grouped by SUBJECT.")
    public Subject groupSubject(@Source StatementGroup group) {
        if (group.subjectEventId != null) {
            return (Subject) Cohort.toOne(
                    group,
                    CohortKey.of("subjectEvent"),
                    g -> g.subjectEventId,
                    ids -> events.referenced(ids, group.asOf()));
        }
        return Cohort.toOne(
                group,
                CohortKey.of("subjectActor"),
                g -> g.subjectActorId,
                ids -> actors.referenced(ids, group.asOf()));
    }

    @Name("totalCount")
    @Description("Number of statements in the whole list, all pages.")
    public int statementCount(@Source StatementConnection connection) {
        return connection.totalCount();
    }
}
