package io.newsgraph.ingest;

import io.newsgraph.actor.ActorService;
import io.newsgraph.actor.Role;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.actor.RoleService;
import io.newsgraph.event.Estimate;
import io.newsgraph.event.EstimateInput;
import io.newsgraph.event.Event;
import io.newsgraph.event.EventInput;
import io.newsgraph.event.EventService;
import io.newsgraph.graph.write.EntityIds;
import io.newsgraph.graph.write.Recorded;
import io.newsgraph.graph.write.Upserted;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.ingest.StoredParts.EvidenceOwner;
import io.newsgraph.location.LocationService;
import io.newsgraph.search.SearchIndexer;
import io.newsgraph.search.SearchType;
import io.newsgraph.source.Evidence;
import io.newsgraph.source.SourceService;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes a checked bundle: each kind through its domain's upsert, links once every item exists, then the evidence,
 * new statements in batches, the search documents of what changed and the history.
 */
@ApplicationScoped
class BundleWriter {
    @Inject
    EntityManager em;

    @Inject
    SearchIndexer searchIndex;

    @Inject
    History history;

    @Inject
    EntityIds ids;

    @Inject
    SourceService sources;

    @Inject
    ActorService actors;

    @Inject
    LocationService locations;

    @Inject
    RoleService roles;

    @Inject
    EventService events;

    @Inject
    StatementService statements;

    IngestReport write(StoredItems items, WriteOrigin via, boolean dryRun) {
        return new Run(items, via).write(dryRun);
    }

    /** The writes of one bundle, counted per kind and journaled for the history. */
    private final class Run {
        private final StoredItems items;
        private final Bundle bundle;
        private final WriteOrigin via;
        private final StoredParts stored;
        private final EvidenceWriter evidence;
        private final IngestReport.Tally tally = new IngestReport.Tally();
        private final Map<SearchType, List<Long>> created = new EnumMap<>(SearchType.class);
        private final Map<SearchType, List<Long>> updated = new EnumMap<>(SearchType.class);
        private final List<Supplier<History.Entry>> journal = new ArrayList<>();
        private final NewStatements newStatements = new NewStatements();

        Run(StoredItems items, WriteOrigin via) {
            this.items = items;
            this.bundle = items.bundle;
            this.via = via;
            this.stored = new StoredParts(em);
            this.evidence = new EvidenceWriter(items, stored);
        }

        IngestReport write(boolean dryRun) {
            loadStoredParts();
            bundle.sourcesOrEmpty().forEach(in -> count(ItemKind.SOURCE, sources.upsert(in, items.sources)));
            bundle.actorsOrEmpty().forEach(in -> count(ItemKind.ACTOR, actors.upsert(in, items.actors)));
            bundle.actorsOrEmpty().forEach(in -> actors.link(in, items.actors));
            bundle.locationsOrEmpty()
                    .forEach(in -> count(ItemKind.LOCATION, locations.upsert(in, items.locations, items.actors)));
            bundle.locationsOrEmpty().forEach(in -> locations.link(in, items.locations));
            bundle.rolesOrEmpty().forEach(this::writeRole);
            bundle.eventsOrEmpty().forEach(this::writeEvent);
            bundle.eventsOrEmpty().forEach(in -> events.link(in, items.events));
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
            stored.loadEvents(items.bundleEvents.stream()
                    .map(items.events::get)
                    .filter(Objects::nonNull)
                    .map(e -> e.id)
                    .toList());
            stored.loadRoles(bundle.rolesOrEmpty().stream()
                    .map(r -> items.actors.get(r.person()))
                    .filter(a -> a != null && a.id != null)
                    .map(a -> a.id)
                    .distinct()
                    .toList());
            stored.loadEvidence(
                    EvidenceOwner.STATEMENT,
                    items.statements.values().stream().map(x -> x.id).toList());
        }

        /**
         * Counts the item and, when it was created or changed, records it once every link is in place (its id and
         * its snapshot are read then).
         */
        private void count(ItemKind kind, Upserted<? extends Recorded> written) {
            Recorded item = written.item();
            boolean isNew = written.isNew();
            tally.count(kind, isNew, written.changed());
            if (isNew || written.changed()) {
                if (kind.search != null) {
                    (isNew ? created : updated)
                            .computeIfAbsent(kind.search, k -> new ArrayList<>())
                            .add(item.getId());
                }
                journal.add(() -> new History.Entry(
                        kind.type,
                        item.getId(),
                        isNew ? Operation.CREATE : Operation.UPDATE,
                        written.before(),
                        item.snapshot()));
            }
        }

        private void writeRole(RoleInput in) {
            Upserted<Role> written = roles.upsert(
                    in, items.actors.get(in.person()), items.actors.get(in.organization()), personsRoles(in));
            Role role = written.item();
            count(
                    ItemKind.ROLE,
                    written.orChanged(evidence.replace(
                            EvidenceOwner.ROLE, role.id, written.isNew(), in.evidence(), e -> e.role = role)));
        }

        private List<Role> personsRoles(RoleInput in) {
            Long person = items.actors.get(in.person()).id;
            return person == null ? List.of() : stored.roles(person);
        }

        private void writeEvent(EventInput in) {
            Upserted<Event> written = events.upsert(in, items.events);
            Event event = written.item();
            boolean isNew = written.isNew();
            boolean changed = events.replaceParticipants(
                    event, isNew ? List.of() : stored.participants(event.id), in.allParticipants(), items.actors);
            changed |= events.replaceStops(
                    event, isNew ? List.of() : stored.stops(event.id), in.locationsOrEmpty(), items.locations);
            for (EstimateInput estimate : in.estimatesOrEmpty()) {
                writeEstimate(event, isNew, estimate);
            }
            changed |= evidence.replace(EvidenceOwner.EVENT, event.id, isNew, in.evidence(), e -> e.event = event);
            count(ItemKind.EVENT, written.orChanged(changed));
        }

        private void writeEstimate(Event event, boolean newEvent, EstimateInput in) {
            Upserted<Estimate> written = events.estimate(
                    event,
                    newEvent ? List.of() : stored.estimates(event.id),
                    in,
                    in.reportedBy() == null ? null : items.actors.get(in.reportedBy()));
            Estimate estimate = written.item();
            count(
                    ItemKind.ESTIMATE,
                    written.orChanged(evidence.replace(
                            EvidenceOwner.ESTIMATE,
                            estimate.id,
                            written.isNew(),
                            in.evidence(),
                            e -> e.estimate = estimate)));
        }

        /** A new statement is written with its evidence in batches after the flush, a stored one as an entity. */
        private void writeStatement(StatementInput in) {
            Upserted<Statement> written = statements.upsert(in, items.statements, items.actors, items.events);
            Statement statement = written.item();
            boolean changed = false;
            if (written.isNew()) {
                statement.id = ids.next(Statement.class);
                List<Evidence> spans = evidence.spans(in.evidence(), e -> e.statement = statement);
                spans.forEach(e -> e.id = ids.next(Evidence.class));
                newStatements.add(statement, spans);
            } else {
                changed = evidence.replace(
                        EvidenceOwner.STATEMENT, statement.id, false, in.evidence(), e -> e.statement = statement);
            }
            count(ItemKind.STATEMENT, written.orChanged(changed));
        }
    }
}
