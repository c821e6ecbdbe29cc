package io.newsgraph.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsgraph.Inputs;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.CooperationDomain;
import io.newsgraph.event.EstimateInput;
import io.newsgraph.event.EstimateQualifier;
import io.newsgraph.event.EventInput;
import io.newsgraph.event.EventKind;
import io.newsgraph.event.EventStatus;
import io.newsgraph.event.MeetingLevel;
import io.newsgraph.event.ParticipantInput;
import io.newsgraph.event.ParticipantRole;
import io.newsgraph.event.StopInput;
import io.newsgraph.ingest.Bundle;
import io.newsgraph.location.LocationInput;
import io.newsgraph.location.LocationKind;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.Modality;
import io.newsgraph.statement.Stance;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.statement.SubjectInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a generated graph as bundle files, for the ingest benchmark (docs/benchmark.md, section 5): first the actors
 * and locations, then the reports in publication order, each bundle a run of sources with the roles, events and
 * statements they are the evidence of. An event a statement is about travels with the first bundle that needs it,
 * together with the sources of its evidence.
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:java@bundles -Dbundles.dir=/tmp/newsgraph-bench/bundles \
 *     -Dactors=1000 -Dstatements=20000 -Devents=2000 -Dsources=500
 * </pre>
 */
public final class ExportBundles {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final SyntheticGraph graph;
    private final Map<String, List<SyntheticGraph.EvidenceRow>> evidence = new HashMap<>();
    private final Map<Long, List<SyntheticGraph.ParticipantRow>> participants = new HashMap<>();
    private final Map<Long, List<SyntheticGraph.EventLocationRow>> stops = new HashMap<>();
    private final Map<Long, List<SyntheticGraph.EstimateRow>> estimates = new HashMap<>();
    private final Set<Long> sourcesWritten = new LinkedHashSet<>();
    private final Set<Long> eventsWritten = new LinkedHashSet<>();

    ExportBundles(SyntheticGraph graph) {
        this.graph = graph;
        for (SyntheticGraph.EvidenceRow e : graph.evidence) {
            evidence.computeIfAbsent(factKey(e), k -> new ArrayList<>()).add(e);
        }
        graph.participants.forEach(p -> participants
                .computeIfAbsent(p.eventId(), k -> new ArrayList<>())
                .add(p));
        graph.eventLocations.forEach(
                l -> stops.computeIfAbsent(l.eventId(), k -> new ArrayList<>()).add(l));
        graph.estimates.forEach(x ->
                estimates.computeIfAbsent(x.eventId(), k -> new ArrayList<>()).add(x));
    }

    public static void main(String[] args) throws IOException {
        GraphSize size = GraphSize.fromSystemProperties();
        Path dir = Path.of(System.getProperty("bundles.dir", "/tmp/newsgraph-bench/bundles"));
        int perBundle = GraphSize.intProperty("bundle.statements", 1000);
        long started = System.nanoTime();
        List<Bundle> bundles = of(size, perBundle);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".bundle.json")).toList()) {
                Files.delete(p);
            }
        }
        long bytes = 0;
        for (int i = 0; i < bundles.size(); i++) {
            Path file = dir.resolve(String.format("%04d.bundle.json", i));
            write(bundles.get(i), file);
            bytes += Files.size(file);
        }
        int statements =
                bundles.stream().mapToInt(b -> b.statementsOrEmpty().size()).sum();
        System.out.printf(
                "%d bundles (%s) with %d statements, %.1f MB, written to %s in %.1f s%n",
                bundles.size(), size, statements, bytes / 1e6, dir, (System.nanoTime() - started) / 1e9);
    }

    /** The generated graph of this size as bundles: actors and locations, then about n statements per bundle. */
    public static List<Bundle> of(GraphSize size, int statementsPerBundle) {
        return new ExportBundles(GenerateGraph.build(size)).bundles(statementsPerBundle);
    }

    /** Writes a bundle file as the command line reads it. */
    public static void write(Bundle bundle, Path file) throws IOException {
        JSON.writeValue(file.toFile(), bundle);
    }

    List<Bundle> bundles(int statementsPerBundle) {
        List<Bundle> bundles = new ArrayList<>();
        bundles.add(new Bundle(
                Bundle.FORMAT,
                null,
                graph.actors.stream().map(this::actor).toList(),
                graph.locations.stream().map(this::location).toList(),
                null,
                null,
                null));
        Map<Long, List<SyntheticGraph.RoleRow>> roles = byFirstSource(graph.roles, r -> "role/" + r.id());
        Map<Long, List<SyntheticGraph.EventRow>> events = byFirstSource(graph.events, e -> "event/" + e.id());
        Map<Long, List<SyntheticGraph.StatementRow>> statements =
                byFirstSource(graph.statements, s -> "statement/" + s.id());
        List<SyntheticGraph.SourceRow> published = new ArrayList<>(graph.sources);
        published.sort(Comparator.comparing(SyntheticGraph.SourceRow::publishedOn)
                .thenComparing(SyntheticGraph.SourceRow::id));
        Chunk chunk = new Chunk();
        for (SyntheticGraph.SourceRow source : published) {
            chunk.sources.add(source.id());
            chunk.roles.addAll(roles.getOrDefault(source.id(), List.of()));
            events.getOrDefault(source.id(), List.of()).forEach(e -> chunk.events.add(e.id()));
            chunk.statements.addAll(statements.getOrDefault(source.id(), List.of()));
            if (chunk.statements.size() >= statementsPerBundle) {
                bundles.add(bundle(chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            bundles.add(bundle(chunk));
        }
        return bundles;
    }

    private final class Chunk {
        final Set<Long> sources = new LinkedHashSet<>();
        final List<SyntheticGraph.RoleRow> roles = new ArrayList<>();
        final Set<Long> events = new LinkedHashSet<>();
        final List<SyntheticGraph.StatementRow> statements = new ArrayList<>();

        boolean isEmpty() {
            return sources.isEmpty() && roles.isEmpty() && events.isEmpty() && statements.isEmpty();
        }

        void clear() {
            sources.clear();
            roles.clear();
            events.clear();
            statements.clear();
        }
    }

    private Bundle bundle(Chunk chunk) {
        Set<Long> events = new LinkedHashSet<>();
        chunk.events.forEach(id -> needEvent(id, events));
        chunk.statements.stream()
                .filter(s -> s.subjectEventId() != null)
                .forEach(s -> needEvent(s.subjectEventId(), events));
        Set<Long> sources = new LinkedHashSet<>(chunk.sources);
        events.forEach(id -> {
            evidenceOf("event/" + id).forEach(e -> sources.add(e.sourceId()));
            estimates
                    .getOrDefault(id, List.of())
                    .forEach(x -> evidenceOf("estimate/" + x.id()).forEach(e -> sources.add(e.sourceId())));
        });
        chunk.roles.forEach(r -> evidenceOf("role/" + r.id()).forEach(e -> sources.add(e.sourceId())));
        chunk.statements.forEach(s -> evidenceOf("statement/" + s.id()).forEach(e -> sources.add(e.sourceId())));
        sources.removeAll(sourcesWritten);
        sourcesWritten.addAll(sources);
        return new Bundle(
                Bundle.FORMAT,
                sources.stream()
                        .map(id -> source(graph.sources.get((int) (id - 1))))
                        .toList(),
                null,
                null,
                chunk.roles.stream().map(this::role).toList(),
                events.stream()
                        .map(id -> event(graph.events.get((int) (id - 1))))
                        .toList(),
                chunk.statements.stream().map(this::statement).toList());
    }

    /** The event and what it refers to (follows, partOf), unless an earlier bundle carried them. */
    private void needEvent(long id, Set<Long> into) {
        if (!eventsWritten.add(id)) {
            return;
        }
        SyntheticGraph.EventRow e = graph.events.get((int) (id - 1));
        if (e.followsId() != null) {
            needEvent(e.followsId(), into);
        }
        if (e.partOfId() != null) {
            needEvent(e.partOfId(), into);
        }
        into.add(id);
    }

    private <T> Map<Long, List<T>> byFirstSource(List<T> facts, java.util.function.Function<T, String> key) {
        Map<Long, List<T>> by = new HashMap<>();
        for (T fact : facts) {
            List<SyntheticGraph.EvidenceRow> rows = evidenceOf(key.apply(fact));
            by.computeIfAbsent(rows.get(0).sourceId(), k -> new ArrayList<>()).add(fact);
        }
        return by;
    }

    private List<SyntheticGraph.EvidenceRow> evidenceOf(String key) {
        return evidence.getOrDefault(key, List.of());
    }

    private static String factKey(SyntheticGraph.EvidenceRow e) {
        if (e.statementId() != null) {
            return "statement/" + e.statementId();
        }
        if (e.eventId() != null) {
            return "event/" + e.eventId();
        }
        if (e.roleId() != null) {
            return "role/" + e.roleId();
        }
        return "estimate/" + e.estimateId();
    }

    private List<EvidenceInput> evidenceIn(String key) {
        return evidenceOf(key).stream()
                .map(e -> Inputs.of(EvidenceInput.class)
                        .with(
                                "source",
                                graph.sources.get((int) (e.sourceId() - 1)).slug())
                        .with("text", e.quote())
                        .with("start", e.start())
                        .build())
                .toList();
    }

    private String actorSlug(Long id) {
        return id == null ? null : graph.actors.get((int) (id - 1)).slug();
    }

    private String locationSlug(long id) {
        return graph.locations.get((int) (id - 1)).slug();
    }

    private ActorInput actor(SyntheticGraph.ActorRow a) {
        return Inputs.of(ActorInput.class)
                .with("slug", a.slug())
                .with("name", a.name())
                .with("kind", ActorKind.valueOf(a.kind()))
                .with("aliases", a.aliases().isEmpty() ? null : a.aliases())
                .with("description", a.description())
                .with("country", actorSlug(a.countryId()))
                .with("parent", actorSlug(a.parentId()))
                .build();
    }

    private LocationInput location(SyntheticGraph.LocationRow l) {
        return Inputs.of(LocationInput.class)
                .with("slug", l.slug())
                .with("name", l.name())
                .with("kind", LocationKind.valueOf(l.kind()))
                .with("country", actorSlug(l.countryId()))
                .with("parent", l.parentId() == null ? null : locationSlug(l.parentId()))
                .build();
    }

    private SourceInput source(SyntheticGraph.SourceRow s) {
        return Inputs.of(SourceInput.class)
                .with("slug", s.slug())
                .with("title", s.title())
                .with("publisher", s.publisher())
                .with("url", s.url())
                .with("publishedOn", s.publishedOn())
                .with("language", "en")
                .with("text", s.body())
                .build();
    }

    private RoleInput role(SyntheticGraph.RoleRow r) {
        return Inputs.of(RoleInput.class)
                .with("person", actorSlug(r.personId()))
                .with("organization", actorSlug(r.organizationId()))
                .with("title", r.title())
                .with("since", r.since())
                .with("until", r.until())
                .with("evidence", evidenceIn("role/" + r.id()))
                .build();
    }

    private EventInput event(SyntheticGraph.EventRow e) {
        List<ParticipantInput> who = participants.getOrDefault(e.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(SyntheticGraph.ParticipantRow::position))
                .map(p -> Inputs.of(ParticipantInput.class)
                        .with("actor", actorSlug(p.actorId()))
                        .with("role", ParticipantRole.valueOf(p.role()))
                        .with("level", p.level() == null ? null : MeetingLevel.valueOf(p.level()))
                        .build())
                .toList();
        List<StopInput> where = stops.getOrDefault(e.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(SyntheticGraph.EventLocationRow::position))
                .map(l -> Inputs.of(StopInput.class)
                        .with("location", locationSlug(l.locationId()))
                        .with("status", l.status() == null ? null : EventStatus.valueOf(l.status()))
                        .with("arrivedOn", l.arrivedOn())
                        .build())
                .toList();
        List<EstimateInput> troops = estimates.getOrDefault(e.id(), List.of()).stream()
                .map(x -> Inputs.of(EstimateInput.class)
                        .with("troops", x.troops())
                        .with("qualifier", EstimateQualifier.valueOf(x.qualifier()))
                        .with("asOf", x.asOf())
                        .with("reportedBy", actorSlug(x.reportedById()))
                        .with("evidence", evidenceIn("estimate/" + x.id()))
                        .build())
                .toList();
        return Inputs.of(EventInput.class)
                .with("slug", e.slug())
                .with("kind", EventKind.valueOf(e.kind()))
                .with("title", e.title())
                .with("summary", e.summary())
                .with("status", EventStatus.valueOf(e.status()))
                .with("startedOn", e.startedOn())
                .with("endedOn", e.endedOn())
                .with("cameoCode", e.cameoCode())
                .with("ploverCode", e.ploverCode())
                .with("purpose", e.purpose())
                .with("domain", e.domain() == null ? null : CooperationDomain.valueOf(e.domain()))
                .with("level", e.level() == null ? null : MeetingLevel.valueOf(e.level()))
                .with(
                        "follows",
                        e.followsId() == null
                                ? null
                                : graph.events.get((int) (e.followsId() - 1)).slug())
                .with(
                        "partOf",
                        e.partOfId() == null
                                ? null
                                : graph.events.get((int) (e.partOfId() - 1)).slug())
                .with("participants", who.isEmpty() ? null : who)
                .with("locations", where.isEmpty() ? null : where)
                .with("estimates", troops.isEmpty() ? null : troops)
                .with("evidence", evidenceIn("event/" + e.id()))
                .build();
    }

    private StatementInput statement(SyntheticGraph.StatementRow s) {
        return Inputs.of(StatementInput.class)
                .with("slug", s.slug())
                .with("speaker", actorSlug(s.speakerId()))
                .with("stance", Stance.valueOf(s.stance()))
                .with(
                        "subject",
                        Inputs.of(SubjectInput.class)
                                .with(
                                        "event",
                                        s.subjectEventId() == null
                                                ? null
                                                : graph.events
                                                        .get((int) (s.subjectEventId() - 1))
                                                        .slug())
                                .with("actor", actorSlug(s.subjectActorId()))
                                .build())
                .with("addressee", actorSlug(s.addresseeId()))
                .with("quote", s.quote())
                .with("summary", s.summary())
                .with("madeOn", s.madeOn())
                .with("modality", s.modality() == null ? null : Modality.valueOf(s.modality()))
                .with("evidence", evidenceIn("statement/" + s.id()))
                .build();
    }
}
