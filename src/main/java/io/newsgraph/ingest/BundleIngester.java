package io.newsgraph.ingest;

import io.newsgraph.graph.error.Problem;
import static io.newsgraph.graph.error.ErrorCode.CONFLICT;
import static io.newsgraph.graph.error.ErrorCode.NOT_FOUND;
import static io.newsgraph.graph.error.ErrorCode.VALIDATION;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.Role;
import io.newsgraph.event.Estimate;
import io.newsgraph.event.EstimateQualifier;
import io.newsgraph.event.Event;
import io.newsgraph.event.EventKind;
import io.newsgraph.event.EventLocation;
import io.newsgraph.event.Participant;
import io.newsgraph.event.ParticipantRole;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.event.EstimateInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.location.LocationInput;
import io.newsgraph.event.ParticipantInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.event.StopInput;
import io.newsgraph.ingest.StoredParts.EvidenceOwner;
import io.newsgraph.graph.write.EntityIds;
import io.newsgraph.graph.write.LinkCycles;
import io.newsgraph.graph.error.ErrorCode;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.location.Location;
import io.newsgraph.search.SearchIndexer;
import io.newsgraph.search.SearchType;
import io.newsgraph.source.Evidence;
import io.newsgraph.source.Source;
import io.newsgraph.statement.Modality;
import io.newsgraph.statement.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads a bundle into the graph: validates everything first, then upserts by natural key in one transaction.
 * Any problem rejects the whole bundle and nothing is written. Loading the same bundle again changes nothing.
 */
@ApplicationScoped
public class BundleIngester {
    @Inject
    Validator validator;
    @Inject
    EntityManager em;
    @Inject
    TransactionManager transactions;
    @Inject
    SearchIndexer searchIndex;
    @Inject
    History history;
    @Inject
    EntityIds ids;
    @Inject
    LinkCycles cycles;

    /** An ingest by the system (the seed, tests). */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public IngestReport ingest(Bundle bundle, boolean dryRun) {
        return run(bundle, dryRun, named(bundle, WriteOrigin.SYSTEM));
    }

    /** An ingest of a whole report: the history names the bundle after its first source. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public IngestReport ingest(Bundle bundle, boolean dryRun, WriteOrigin via) {
        return run(bundle, dryRun, named(bundle, via));
    }

    /** One item written by a mutation through the same checks and upsert rules; the history names the mutation. */
    @Transactional
    public IngestReport ingestItem(Bundle bundle, WriteOrigin via) {
        return run(bundle, false, via);
    }

    private IngestReport run(Bundle bundle, boolean dryRun, WriteOrigin via) {
        List<Problem> problems = new ArrayList<>();
        if (bundle.format() != null && !Bundle.FORMAT.equals(bundle.format())) {
            problems.add(new Problem("format", VALIDATION.name(),
                    "must be '" + Bundle.FORMAT + "' (or left out)"));
        }
        for (ConstraintViolation<Bundle> violation : validator.validate(bundle)) {
            problems.add(new Problem(path(violation), VALIDATION.name(), violation.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new IngestException(problems);
        }
        Run run = new Run(bundle, problems, via);
        run.check();
        if (!problems.isEmpty()) {
            throw new IngestException(problems);
        }
        // Queries while writing never need this run's unflushed changes (each item is written once, and the code
        // that replaces rows flushes itself); without automatic flushes the cost stays linear in the bundle size.
        em.setFlushMode(FlushModeType.COMMIT);
        IngestReport report;
        try {
            report = run.write(dryRun);
            em.flush();
        } finally {
            em.setFlushMode(FlushModeType.AUTO);
        }
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (jakarta.transaction.SystemException e) {
                throw new IllegalStateException(e);
            }
        }
        return report;
    }

    /** A bundle is named after its first source, for the history. */
    private static WriteOrigin named(Bundle bundle, WriteOrigin via) {
        return via.through(via.channel() + " bundle:"
                + (bundle.sourcesOrEmpty().isEmpty() ? "-" : bundle.sourcesOrEmpty().get(0).slug()));
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
    }

    /** One ingest: resolves references against the bundle and the stored graph, then writes. */
    private final class Run {
        private final Bundle bundle;
        private final List<Problem> problems;
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, Location> locations = new HashMap<>();
        private final Map<String, Event> events = new HashMap<>();
        private final Map<String, Statement> statements = new HashMap<>();
        private StoredParts stored;
        private final Set<String> bundleActors = new LinkedHashSet<>();
        private final Set<String> bundleLocations = new LinkedHashSet<>();
        private final Set<String> bundleEvents = new LinkedHashSet<>();
        private final Map<String, String> sourceTexts = new HashMap<>();
        private final IngestReport.Tally tally = new IngestReport.Tally();
        private final Map<SearchType, List<Long>> created = new EnumMap<>(SearchType.class);
        private final Map<SearchType, List<Long>> updated = new EnumMap<>(SearchType.class);
        private final WriteOrigin via;
        private final List<Supplier<History.Entry>> journal = new ArrayList<>();
        private final NewStatements newStatements = new NewStatements();

        Run(Bundle bundle, List<Problem> problems, WriteOrigin via) {
            this.bundle = bundle;
            this.problems = problems;
            this.via = via;
        }

        /** Counts the item and, when it was created or changed, records it once every link is in place. */
        private void count(String type, boolean isNew, boolean changed, Map<String, Object> before,
                Supplier<Long> id, Supplier<Map<String, Object>> after) {
            tally.count(type, isNew, changed);
            SearchType document = SearchType.ofNodeType(type);
            if (document != null && (isNew || changed)) {
                (isNew ? created : updated).computeIfAbsent(document, k -> new ArrayList<>()).add(id.get());
            }
            if (isNew || changed) {
                journal.add(() -> new History.Entry(type, id.get(), isNew ? Operation.CREATE : Operation.UPDATE,
                        before, after.get()));
            }
        }

        // ---------------------------------------------------------------- checking

        void check() {
            loadExisting();
            duplicates("sources", bundle.sourcesOrEmpty(), SourceInput::slug);
            duplicates("actors", bundle.actorsOrEmpty(), ActorInput::slug);
            duplicates("locations", bundle.locationsOrEmpty(), LocationInput::slug);
            duplicates("events", bundle.eventsOrEmpty(), EventInput::slug);
            duplicates("statements", bundle.statementsOrEmpty(), StatementInput::slug);
            duplicates("roles", bundle.rolesOrEmpty(), r -> r.person() + "/" + r.organization() + "/" + r.title());
            for (int i = 0; i < bundle.sourcesOrEmpty().size(); i++) {
                SourceInput in = bundle.sourcesOrEmpty().get(i);
                Source stored = sources.get(in.slug());
                if (stored != null && !stored.body.equals(in.text())) {
                    problem("sources[" + i + "].text", CONFLICT, "source '" + in.slug() + "' is already stored with a"
                            + " different text; sources are immutable so evidence offsets stay valid: use a new slug");
                }
                sourceTexts.put(in.slug(), in.text());
            }
            for (int i = 0; i < bundle.actorsOrEmpty().size(); i++) {
                ActorInput in = bundle.actorsOrEmpty().get(i);
                String at = "actors[" + i + "]";
                optionalActor(at + ".country", in.country());
                optionalActor(at + ".parent", in.parent());
            }
            for (int i = 0; i < bundle.locationsOrEmpty().size(); i++) {
                LocationInput in = bundle.locationsOrEmpty().get(i);
                optionalActor("locations[" + i + "].country", in.country());
                if (in.parent() != null && !locations.containsKey(in.parent()) && !bundleLocations.contains(in.parent())) {
                    problem("locations[" + i + "].parent", NOT_FOUND, "no location '" + in.parent() + "'");
                }
            }
            for (int i = 0; i < bundle.rolesOrEmpty().size(); i++) {
                RoleInput in = bundle.rolesOrEmpty().get(i);
                String at = "roles[" + i + "]";
                requiredActor(at + ".person", in.person());
                requiredActor(at + ".organization", in.organization());
                evidence(at + ".evidence", in.evidence());
            }
            for (int i = 0; i < bundle.eventsOrEmpty().size(); i++) {
                checkEvent("events[" + i + "]", bundle.eventsOrEmpty().get(i));
            }
            for (int i = 0; i < bundle.statementsOrEmpty().size(); i++) {
                checkStatement("statements[" + i + "]", bundle.statementsOrEmpty().get(i));
            }
            loops(LinkCycles.Kind.PART_OF, "events", bundle.eventsOrEmpty(), EventInput::slug, EventInput::partOf,
                    events, bundleEvents, e -> e.slug);
            loops(LinkCycles.Kind.FOLLOWS, "events", bundle.eventsOrEmpty(), EventInput::slug, EventInput::follows,
                    events, bundleEvents, e -> e.slug);
            loops(LinkCycles.Kind.ACTOR_PARENT, "actors", bundle.actorsOrEmpty(), ActorInput::slug, ActorInput::parent,
                    actors, bundleActors, a -> a.slug);
            loops(LinkCycles.Kind.LOCATION_PARENT, "locations", bundle.locationsOrEmpty(), LocationInput::slug,
                    LocationInput::parent, locations, bundleLocations, l -> l.slug);
        }

        /**
         * A problem for each loop the bundle's links of one kind would close, with each other or with stored links.
         * Items are named by their stored slug (a bundle actor may be a stored actor of another slug); links to
         * nothing are left to the reference checks.
         */
        private <T, E> void loops(LinkCycles.Kind kind, String list, List<T> items, Function<T, String> slug,
                Function<T, String> target, Map<String, E> stored, Set<String> inBundle, Function<E, String> slugOf) {
            Function<String, String> key = s -> stored.containsKey(s) ? slugOf.apply(stored.get(s)) : s;
            Map<String, String> written = new LinkedHashMap<>();
            Map<String, String> paths = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String to = target.apply(items.get(i));
                if (to != null && (stored.containsKey(to) || inBundle.contains(to))) {
                    String from = key.apply(slug.apply(items.get(i)));
                    written.put(from, key.apply(to));
                    paths.put(from, list + "[" + i + "]." + kind.field());
                }
            }
            if (written.isEmpty()) {
                return;
            }
            Set<String> fresh = new HashSet<>(inBundle);
            fresh.removeAll(stored.keySet());
            for (List<String> loop : cycles.closedBy(kind, written, fresh)) {
                problem(paths.get(loop.get(0)), "CYCLE", "would close a loop: " + kind.describe(loop));
            }
        }

        private void loadExisting() {
            bundle.sourcesOrEmpty().forEach(s -> sourceTexts.put(s.slug(), s.text()));
            Set<String> sourceSlugs = new LinkedHashSet<>(sourceTexts.keySet());
            Set<String> actorSlugs = new LinkedHashSet<>();
            Set<String> locationSlugs = new LinkedHashSet<>();
            Set<String> eventSlugs = new LinkedHashSet<>();
            bundle.actorsOrEmpty().forEach(a -> {
                bundleActors.add(a.slug());
                actorSlugs.add(a.slug());
            });
            bundle.locationsOrEmpty().forEach(l -> {
                bundleLocations.add(l.slug());
                locationSlugs.add(l.slug());
            });
            bundle.eventsOrEmpty().forEach(e -> {
                bundleEvents.add(e.slug());
                eventSlugs.add(e.slug());
            });
            for (RoleInput r : bundle.rolesOrEmpty()) {
                actorSlugs.add(r.person());
                actorSlugs.add(r.organization());
                r.evidence().forEach(e -> addIfPresent(sourceSlugs, e.source()));
            }
            for (ActorInput a : bundle.actorsOrEmpty()) {
                addIfPresent(actorSlugs, a.country());
                addIfPresent(actorSlugs, a.parent());
            }
            for (LocationInput l : bundle.locationsOrEmpty()) {
                addIfPresent(actorSlugs, l.country());
                addIfPresent(locationSlugs, l.parent());
            }
            for (EventInput e : bundle.eventsOrEmpty()) {
                participantsOf(e).forEach(p -> actorSlugs.add(p.actor()));
                stopsOf(e).forEach(s -> locationSlugs.add(s.location()));
                addIfPresent(eventSlugs, e.follows());
                addIfPresent(eventSlugs, e.partOf());
                for (EstimateInput x : listOf(e.estimates())) {
                    addIfPresent(actorSlugs, x.reportedBy());
                    x.evidence().forEach(ev -> addIfPresent(sourceSlugs, ev.source()));
                }
                e.evidence().forEach(ev -> addIfPresent(sourceSlugs, ev.source()));
            }
            for (StatementInput s : bundle.statementsOrEmpty()) {
                actorSlugs.add(s.speaker());
                addIfPresent(actorSlugs, s.addressee());
                addIfPresent(actorSlugs, s.subject().actor());
                addIfPresent(eventSlugs, s.subject().event());
                s.evidence().forEach(ev -> addIfPresent(sourceSlugs, ev.source()));
            }
            bySlug(Source.class, sourceSlugs).forEach(s -> sources.put(s.slug, s));
            bySlug(Actor.class, actorSlugs).forEach(a -> actors.put(a.slug, a));
            bySlug(Location.class, locationSlugs).forEach(l -> locations.put(l.slug, l));
            bySlug(Event.class, eventSlugs).forEach(e -> events.put(e.slug, e));
            bySlug(Statement.class, bundle.statementsOrEmpty().stream().map(StatementInput::slug)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)))
                    .forEach(x -> statements.put(x.slug, x));
            sources.values().forEach(s -> sourceTexts.putIfAbsent(s.slug, s.body));
            linkActorsByName();
        }

        /** A bundle actor whose slug is new but whose name or alias is a stored actor's is that actor. */
        private void linkActorsByName() {
            Map<String, Set<String>> namesBySlug = new LinkedHashMap<>();
            for (ActorInput in : bundle.actorsOrEmpty()) {
                if (!actors.containsKey(in.slug())) {
                    Set<String> names = new LinkedHashSet<>();
                    names.add(in.name().toLowerCase(Locale.ROOT));
                    listOf(in.aliases()).forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
                    namesBySlug.put(in.slug(), names);
                }
            }
            List<String> all = namesBySlug.values().stream().flatMap(Set::stream).distinct().toList();
            Map<String, List<Actor>> named = new HashMap<>();
            for (int from = 0; from < all.size(); from += 1000) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
                // aliases fetched with the match: each actor's are read below
                for (Actor a : em.createQuery("select distinct a from Actor a left join fetch a.aliases"
                        + " where a.id in (select m.id from Actor m left join m.aliases x"
                        + " where lower(m.name) in :names or lower(x) in :names) order by a.id", Actor.class)
                        .setParameter("names", chunk).getResultList()) {
                    named.computeIfAbsent(a.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
                    a.aliases.forEach(x -> named.computeIfAbsent(x.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a));
                }
            }
            for (ActorInput in : bundle.actorsOrEmpty()) {
                Set<String> names = namesBySlug.get(in.slug());
                if (names == null) {
                    continue;
                }
                names.stream().flatMap(n -> named.getOrDefault(n, List.of()).stream())
                        .filter(a -> a.kind == in.kind()).findFirst().ifPresent(a -> actors.put(in.slug(), a));
            }
        }

        private void checkEvent(String at, EventInput in) {
            for (ParticipantInput p : participantsOf(in)) {
                requiredActor(at + ".participants", p.actor());
            }
            for (StopInput stop : stopsOf(in)) {
                if (!locations.containsKey(stop.location()) && !bundleLocations.contains(stop.location())) {
                    problem(at + ".locations", NOT_FOUND,
                            "no location '" + stop.location() + "' in the bundle or the graph");
                }
            }
            optionalEvent(at + ".follows", in.follows());
            optionalEvent(at + ".partOf", in.partOf());
            if (in.kind() == EventKind.COOPERATION) {
                long parties = participantsOf(in).stream().filter(p -> p.role() == ParticipantRole.PARTY)
                        .map(ParticipantInput::actor).distinct().count();
                if (parties < 2) {
                    problem(at + ".parties", VALIDATION, "a cooperation needs at least two parties, got " + parties);
                }
            }
            if (in.startedOn() != null && in.endedOn() != null && in.endedOn().isBefore(in.startedOn())) {
                problem(at + ".endedOn", VALIDATION, "must not be before startedOn");
            }
            List<EstimateInput> estimates = listOf(in.estimates());
            if (!estimates.isEmpty() && in.kind() != EventKind.DEPLOYMENT) {
                problem(at + ".estimates", VALIDATION, "troop estimates belong to DEPLOYMENT events");
            }
            for (int j = 0; j < estimates.size(); j++) {
                optionalActor(at + ".estimates[" + j + "].reportedBy", estimates.get(j).reportedBy());
                evidence(at + ".estimates[" + j + "].evidence", estimates.get(j).evidence());
            }
            evidence(at + ".evidence", in.evidence());
        }

        private void checkStatement(String at, StatementInput in) {
            requiredActor(at + ".speaker", in.speaker());
            optionalActor(at + ".addressee", in.addressee());
            boolean event = in.subject().event() != null;
            boolean actor = in.subject().actor() != null;
            if (event == actor) {
                problem(at + ".subject", VALIDATION, "give exactly one of subject.event or subject.actor");
            } else if (event) {
                optionalEvent(at + ".subject.event", in.subject().event());
            } else {
                requiredActor(at + ".subject.actor", in.subject().actor());
            }
            evidence(at + ".evidence", in.evidence());
            if (in.quote() != null && in.evidence().stream().noneMatch(e -> e.text() != null && e.text().contains(in.quote()))) {
                problem(at + ".quote", VALIDATION, "the quote must occur verbatim in the statement's evidence text");
            }
        }

        private void evidence(String at, List<EvidenceInput> evidence) {
            for (int j = 0; j < evidence.size(); j++) {
                EvidenceInput e = evidence.get(j);
                String where = at + "[" + j + "]";
                String slug = sourceSlug(e);
                if (slug == null) {
                    problem(where + ".source", VALIDATION, "name the source: the bundle has "
                            + bundle.sourcesOrEmpty().size() + " sources");
                    continue;
                }
                String text = sourceTexts.get(slug);
                if (text == null) {
                    problem(where + ".source", NOT_FOUND, "no source '" + slug + "' in the bundle or the graph");
                } else if (SpanLocator.locate(text, e.text(), e.start()) == null) {
                    problem(where + ".text", Problem.SPAN_NOT_FOUND, "not found verbatim in source '" + slug + "'"
                            + (e.start() == null ? "" : " at offset " + e.start()) + ": \"" + abbreviate(e.text()) + "\"."
                            + SpanLocator.hint(text, e.text()));
                }
            }
        }

        private void requiredActor(String at, String slug) {
            if (slug != null && !actors.containsKey(slug) && !bundleActors.contains(slug)) {
                problem(at, NOT_FOUND, "no actor '" + slug + "' in the bundle or the graph");
            }
        }

        private void optionalActor(String at, String slug) {
            requiredActor(at, slug);
        }

        private void optionalEvent(String at, String slug) {
            if (slug != null && !events.containsKey(slug) && !bundleEvents.contains(slug)) {
                problem(at, NOT_FOUND, "no event '" + slug + "' in the bundle or the graph");
            }
        }

        private <T> void duplicates(String list, List<T> items, Function<T, String> slug) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!seen.add(slug.apply(items.get(i)))) {
                    problem(list + "[" + i + "]" + (list.equals("roles") ? "" : ".slug"), VALIDATION,
                            "'" + slug.apply(items.get(i))
                            + "' appears twice in " + list);
                }
            }
        }

        private void problem(String path, ErrorCode code, String message) {
            problem(path, code.name(), message);
        }

        private void problem(String path, String code, String message) {
            problems.add(new Problem(path, code, message));
        }

        // ---------------------------------------------------------------- writing

        IngestReport write(boolean dryRun) {
            loadStoredParts();
            bundle.sourcesOrEmpty().forEach(this::writeSource);
            bundle.actorsOrEmpty().forEach(this::writeActor);
            bundle.actorsOrEmpty().forEach(this::linkActor);
            bundle.locationsOrEmpty().forEach(this::writeLocation);
            bundle.locationsOrEmpty().forEach(this::linkLocation);
            bundle.rolesOrEmpty().forEach(this::writeRole);
            bundle.eventsOrEmpty().forEach(this::writeEvent);
            bundle.eventsOrEmpty().forEach(this::linkEvent);
            bundle.statementsOrEmpty().forEach(this::writeStatement);
            em.flush();
            newStatements.write(em);
            // Only what this bundle created or changed: unchanged documents keep their index rows.
            created.forEach((type, ids) -> searchIndex.indexNew(type, new LinkedHashSet<>(ids)));
            updated.forEach((type, ids) -> searchIndex.reindex(type, new LinkedHashSet<>(ids)));
            history.recordAll(via, journal.stream().map(Supplier::get).toList());
            return tally.report(dryRun);
        }

        /** Before anything is written: every stored item of the bundle is in the maps, none of the new ones. */
        private void loadStoredParts() {
            stored = new StoredParts(em);
            stored.loadEvents(bundleEvents.stream().map(events::get).filter(Objects::nonNull).map(e -> e.id).toList());
            stored.loadRoles(bundle.rolesOrEmpty().stream().map(r -> actors.get(r.person()))
                    .filter(a -> a != null && a.id != null).map(a -> a.id).distinct().toList());
            stored.loadEvidence(EvidenceOwner.STATEMENT, statements.values().stream().map(x -> x.id).toList());
        }

        private void writeSource(SourceInput in) {
            Source s = sources.get(in.slug());
            boolean isNew = s == null;
            Map<String, Object> before = isNew ? null : s.snapshot();
            if (isNew) {
                s = new Source();
                s.slug = in.slug();
                s.body = in.text();
                s.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            Changes c = new Changes();
            s.title = c.set(s.title, in.title());
            s.publisher = c.keep(s.publisher, in.publisher());
            s.url = c.keep(s.url, in.url());
            s.publishedOn = c.keep(s.publishedOn, in.publishedOn());
            s.language = c.keep(s.language, in.language());
            if (isNew) {
                s.persist();
                sources.put(s.slug, s);
            }
            Source source = s;
            count("Source", isNew, c.changed, before, () -> source.id, source::snapshot);
        }

        private void writeActor(ActorInput in) {
            Actor a = actors.get(in.slug());
            boolean isNew = a == null;
            Map<String, Object> before = isNew ? null : a.snapshot();
            if (isNew) {
                a = new Actor();
                a.slug = in.slug();
                a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            Changes c = new Changes();
            if (isNew || a.slug.equals(in.slug())) {
                a.name = c.set(a.name, in.name());
            } else if (!a.name.equals(in.name())) {
                c.changed |= a.aliases.add(in.name());
            }
            a.kind = c.set(a.kind, in.kind());
            a.description = c.keep(a.description, in.description());
            a.wikidataId = c.keep(a.wikidataId, in.wikidataId());
            c.link(a.country, in.country(), actors);
            c.link(a.parent, in.parent(), actors);
            for (String alias : listOf(in.aliases())) {
                if (!alias.equals(a.name)) {
                    c.changed |= a.aliases.add(alias);
                }
            }
            if (isNew) {
                a.persist();
                actors.put(in.slug(), a);
            }
            Actor actor = a;
            count("Actor", isNew, c.changed, before, () -> actor.id, actor::snapshot);
        }

        private void linkActor(ActorInput in) {
            Actor a = actors.get(in.slug());
            if (in.country() != null) {
                a.country = actors.get(in.country());
            }
            if (in.parent() != null) {
                a.parent = actors.get(in.parent());
            }
        }

        private void writeLocation(LocationInput in) {
            Location l = locations.get(in.slug());
            boolean isNew = l == null;
            Map<String, Object> before = isNew ? null : l.snapshot();
            if (isNew) {
                l = new Location();
                l.slug = in.slug();
            }
            Changes c = new Changes();
            l.name = c.set(l.name, in.name());
            l.kind = c.set(l.kind, in.kind());
            c.link(l.parent, in.parent(), locations);
            Actor country = in.country() == null ? null : actors.get(in.country());
            if (country != null && (l.country == null || !Objects.equals(l.country.id, country.id))) {
                l.country = country;
                c.changed = true;
            }
            if (isNew) {
                l.persist();
                locations.put(l.slug, l);
            }
            Location location = l;
            count("Location", isNew, c.changed, before, () -> location.id, location::snapshot);
        }

        private void linkLocation(LocationInput in) {
            if (in.parent() != null) {
                locations.get(in.slug()).parent = locations.get(in.parent());
            }
        }

        private void writeRole(RoleInput in) {
            Actor person = actors.get(in.person());
            Actor organization = actors.get(in.organization());
            Role r = person.id == null || organization.id == null ? null : stored.roles(person.id).stream()
                    .filter(x -> x.organization.id.equals(organization.id) && x.title.equals(in.title()))
                    .findFirst().orElse(null);
            boolean isNew = r == null;
            Map<String, Object> before = isNew ? null : r.snapshot();
            if (isNew) {
                r = new Role();
                r.person = person;
                r.organization = organization;
                r.title = in.title();
            }
            Changes c = new Changes();
            r.since = c.keep(r.since, in.since());
            r.until = c.keep(r.until, in.until());
            if (isNew) {
                r.persist();
            }
            Role role = r;
            c.changed |= replaceEvidence(EvidenceOwner.ROLE, role.id, isNew, in.evidence(), e -> e.role = role);
            count("Role", isNew, c.changed, before, () -> role.id, role::snapshot);
        }

        private void writeEvent(EventInput in) {
            Event e = events.get(in.slug());
            boolean isNew = e == null;
            Map<String, Object> before = isNew ? null : e.snapshot();
            if (isNew) {
                e = new Event();
                e.slug = in.slug();
            }
            Changes c = new Changes();
            e.kind = c.set(e.kind, in.kind());
            e.title = c.set(e.title, in.title());
            e.status = c.set(e.status, in.status());
            e.summary = c.keep(e.summary, in.summary());
            e.startedOn = c.keep(e.startedOn, in.startedOn());
            e.endedOn = c.keep(e.endedOn, in.endedOn());
            e.cameoCode = c.keep(e.cameoCode, in.cameoCode());
            e.ploverCode = c.keep(e.ploverCode, in.ploverCode());
            e.purpose = c.keep(e.purpose, in.purpose());
            e.domain = c.keep(e.domain, in.domain());
            e.level = c.keep(e.level, in.level());
            c.link(e.follows, in.follows(), events);
            c.link(e.partOf, in.partOf(), events);
            if (isNew) {
                e.persist();
                events.put(e.slug, e);
            }
            Event event = e;
            c.changed |= replaceParticipants(event, isNew, participantsOf(in));
            c.changed |= replaceStops(event, isNew, stopsOf(in));
            addEstimates(event, isNew, listOf(in.estimates()));
            c.changed |= replaceEvidence(EvidenceOwner.EVENT, event.id, isNew, in.evidence(), ev -> ev.event = event);
            count("Event", isNew, c.changed, before, () -> event.id, event::snapshot);
        }

        private void linkEvent(EventInput in) {
            Event e = events.get(in.slug());
            if (in.follows() != null) {
                e.follows = events.get(in.follows());
            }
            if (in.partOf() != null) {
                e.partOf = events.get(in.partOf());
            }
        }

        private boolean replaceParticipants(Event event, boolean isNew, List<ParticipantInput> wanted) {
            if (wanted.isEmpty()) {
                return false;
            }
            List<Participant> stored = isNew ? List.of() : this.stored.participants(event.id);
            List<String> before = stored.stream().map(p -> p.actor.id + "/" + p.role + "/" + p.level).toList();
            List<String> after = wanted.stream().map(p -> actors.get(p.actor()).id + "/" + p.role() + "/" + p.level())
                    .toList();
            if (before.equals(after)) {
                return false;
            }
            if (!stored.isEmpty()) {
                stored.forEach(Participant::delete);
                em.flush();
            }
            int position = 0;
            for (ParticipantInput in : wanted) {
                Participant p = new Participant();
                p.event = event;
                p.actor = actors.get(in.actor());
                p.role = in.role();
                p.level = in.level();
                p.position = ++position;
                p.persist();
            }
            return true;
        }

        private boolean replaceStops(Event event, boolean isNew, List<StopInput> wanted) {
            if (wanted.isEmpty()) {
                return false;
            }
            List<EventLocation> stored = isNew ? List.of() : this.stored.stops(event.id);
            List<String> before = stored.stream().map(s -> s.location.id + "/" + s.status + "/" + s.arrivedOn).toList();
            List<String> after = wanted.stream()
                    .map(s -> locations.get(s.location()).id + "/" + s.status() + "/" + s.arrivedOn()).toList();
            if (before.equals(after)) {
                return false;
            }
            if (!stored.isEmpty()) {
                stored.forEach(EventLocation::delete);
                em.flush();
            }
            int position = 0;
            for (StopInput in : wanted) {
                EventLocation s = new EventLocation();
                s.event = event;
                s.location = locations.get(in.location());
                s.status = in.status();
                s.arrivedOn = in.arrivedOn();
                s.position = ++position;
                s.persist();
            }
            return true;
        }

        /** Estimates are never replaced: a newer one from another source sits beside the older ones. */
        private void addEstimates(Event event, boolean newEvent, List<EstimateInput> wanted) {
            for (EstimateInput in : wanted) {
                Actor reporter = in.reportedBy() == null ? null : actors.get(in.reportedBy());
                EstimateQualifier qualifier = in.qualifier() == null ? EstimateQualifier.EXACT : in.qualifier();
                Estimate x = newEvent ? null : stored.estimates(event.id).stream()
                        .filter(s -> s.troops == in.troops() && s.qualifier == qualifier)
                        .filter(s -> Objects.equals(s.asOf, in.asOf()))
                        .filter(s -> Objects.equals(s.reportedBy == null ? null : s.reportedBy.id,
                                reporter == null ? null : reporter.id))
                        .findFirst().orElse(null);
                boolean isNew = x == null;
                if (isNew) {
                    x = new Estimate();
                    x.event = event;
                    x.troops = in.troops();
                    x.qualifier = qualifier;
                    x.asOf = in.asOf();
                    x.reportedBy = reporter;
                    x.persist();
                }
                Estimate estimate = x;
                boolean changed = replaceEvidence(EvidenceOwner.ESTIMATE, estimate.id, isNew, in.evidence(), e -> e.estimate = estimate);
                count("Estimate", isNew, changed, isNew ? null : estimate.snapshot(), () -> estimate.id,
                        estimate::snapshot);
            }
        }

        private void writeStatement(StatementInput in) {
            Statement s = statements.get(in.slug());
            boolean isNew = s == null;
            Map<String, Object> before = isNew ? null : s.snapshot();
            if (isNew) {
                s = new Statement();
                s.slug = in.slug();
            }
            Changes c = new Changes();
            s.speaker = c.ref(s.speaker, actors.get(in.speaker()));
            s.stance = c.set(s.stance, in.stance());
            s.subjectEvent = c.ref(s.subjectEvent, in.subject().event() == null ? null : events.get(in.subject().event()));
            s.subjectActor = c.ref(s.subjectActor, in.subject().actor() == null ? null : actors.get(in.subject().actor()));
            s.addressee = c.ref(s.addressee, in.addressee() == null ? null : actors.get(in.addressee()));
            s.quote = c.set(s.quote, in.quote());
            s.summary = c.set(s.summary, in.summary());
            s.madeOn = c.set(s.madeOn, in.madeOn());
            s.modality = c.set(s.modality, in.modality() == null ? Modality.ASSERTED : in.modality());
            Statement statement = s;
            if (isNew) {
                statement.id = ids.next(Statement.class);
                List<Evidence> evidence = evidence(in.evidence(), e -> e.statement = statement);
                evidence.forEach(e -> e.id = ids.next(Evidence.class));
                newStatements.add(statement, evidence);
            } else {
                c.changed |= replaceEvidence(EvidenceOwner.STATEMENT, statement.id, false, in.evidence(), e -> e.statement = statement);
            }
            count("Statement", isNew, c.changed, before, () -> statement.id, statement::snapshot);
        }

        /**
         * Makes the fact's evidence from the sources this bundle cites equal to {@code wanted}; evidence from other
         * sources is kept. True when anything changed.
         */
        private boolean replaceEvidence(EvidenceOwner owner, Long factId, boolean fresh, List<EvidenceInput> wanted,
                java.util.function.Consumer<Evidence> attach) {
            List<Evidence> desired = evidence(wanted, attach);
            if (fresh) {
                desired.forEach(e -> e.persist());
                return true;
            }
            Set<Long> citedSources = new LinkedHashSet<>();
            desired.forEach(e -> citedSources.add(e.source.id));
            List<Evidence> stored = this.stored.evidence(owner, factId).stream()
                    .filter(e -> citedSources.contains(e.source.id)).toList();
            Function<Evidence, String> key = e -> e.source.id + "/" + e.startOffset + "/" + e.endOffset;
            Set<String> before = new LinkedHashSet<>(stored.stream().map(key).toList());
            Set<String> after = new LinkedHashSet<>(desired.stream().map(key).toList());
            if (before.equals(after)) {
                return false;
            }
            stored.forEach(Evidence::delete);
            desired.forEach(e -> e.persist());
            return true;
        }

        /** The evidence spans located in their sources, each span once. */
        private List<Evidence> evidence(List<EvidenceInput> wanted, java.util.function.Consumer<Evidence> attach) {
            List<Evidence> spans = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (EvidenceInput in : wanted) {
                Source source = sources.get(sourceSlug(in));
                SpanLocator.Span span = SpanLocator.locate(source.body, in.text(), in.start());
                if (seen.add(source.slug + "/" + span.start() + "/" + span.end())) {
                    Evidence e = new Evidence();
                    e.source = source;
                    e.quote = in.text();
                    e.startOffset = span.start();
                    e.endOffset = span.end();
                    attach.accept(e);
                    spans.add(e);
                }
            }
            return spans;
        }

        private String sourceSlug(EvidenceInput e) {
            if (e.source() != null) {
                return e.source();
            }
            return bundle.sourcesOrEmpty().size() == 1 ? bundle.sourcesOrEmpty().get(0).slug() : null;
        }
    }

    // ---------------------------------------------------------------- helpers

    static List<ParticipantInput> participantsOf(EventInput in) {
        List<ParticipantInput> all = new ArrayList<>();
        if (in.sender() != null) {
            all.add(new ParticipantInput(in.sender(), ParticipantRole.SENDER, null));
        }
        if (in.visitor() != null) {
            all.add(new ParticipantInput(in.visitor(), ParticipantRole.VISITOR, null));
        }
        if (in.host() != null) {
            all.add(new ParticipantInput(in.host(), ParticipantRole.HOST, null));
        }
        listOf(in.parties()).forEach(p -> all.add(new ParticipantInput(p, ParticipantRole.PARTY, null)));
        all.addAll(listOf(in.participants()));
        Set<String> seen = new LinkedHashSet<>();
        return all.stream().filter(p -> seen.add(p.actor() + "/" + p.role())).toList();
    }

    static List<StopInput> stopsOf(EventInput in) {
        return listOf(in.locations());
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private <T> List<T> bySlug(Class<T> type, Set<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug in :slugs", type)
                .setParameter("slugs", slugs).getResultList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Tracks whether applying input values changed an entity. */
    private static final class Changes {
        boolean changed;

        /** The input value always wins. */
        <T> T set(T current, T input) {
            if (!Objects.equals(current, input)) {
                changed = true;
            }
            return input;
        }

        /** The input value wins when given; an absent value keeps what is stored. */
        <T> T keep(T current, T input) {
            return input == null ? current : set(current, input);
        }

        <T> T ref(T current, T input) {
            Object a = current == null ? null : id(current);
            Object b = input == null ? null : id(input);
            if (!Objects.equals(a, b)) {
                changed = true;
            }
            return input;
        }

        /**
         * A link is set once every item of the bundle exists (linkActor, linkLocation, linkEvent); it changes the item
         * when it points elsewhere than the stored one, or at an item this bundle creates (not yet in {@code written}).
         */
        void link(Object current, String slug, Map<String, ?> written) {
            Object target = slug == null ? null : written.get(slug);
            if (slug != null && (current == null || target == null || id(target) == null
                    || !id(current).equals(id(target)))) {
                changed = true;
            }
        }

        private static Object id(Object entity) {
            if (entity instanceof Actor a) {
                return a.id;
            }
            if (entity instanceof Event e) {
                return e.id;
            }
            if (entity instanceof Location l) {
                return l.id;
            }
            return entity;
        }
    }
}
