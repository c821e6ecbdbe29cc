package io.newsgraph.ingest;

import static io.newsgraph.graph.error.ErrorCode.CONFLICT;
import static io.newsgraph.graph.error.ErrorCode.NOT_FOUND;
import static io.newsgraph.graph.error.ErrorCode.VALIDATION;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.EstimateInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.event.EventKind;
import io.newsgraph.event.ParticipantInput;
import io.newsgraph.event.ParticipantRole;
import io.newsgraph.event.StopInput;
import io.newsgraph.graph.error.ErrorCode;
import io.newsgraph.graph.error.Problem;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.source.Source;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole bundle before anything is written and collects every problem: the format and the Bean Validation
 * of the records first; when they pass, duplicates, references to items in neither the bundle nor the graph,
 * evidence not found in its source, and links that would close a loop.
 */
@ApplicationScoped
class BundleChecks {
    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    BundleLoops loops;

    /** Every problem of the bundle, none when it can be written; {@code items} are read when the records are valid. */
    List<Problem> check(Bundle bundle, StoredItems items) {
        List<Problem> problems = new ArrayList<>();
        if (bundle.format() != null && !Bundle.FORMAT.equals(bundle.format())) {
            problems.add(new Problem("format", VALIDATION.name(), "must be '" + Bundle.FORMAT + "' (or left out)"));
        }
        for (ConstraintViolation<Bundle> violation : validator.validate(bundle)) {
            problems.add(new Problem(path(violation), VALIDATION.name(), violation.getMessage()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        items.load(em);
        new Check(items, problems).run();
        loops.check(items, problems);
        return problems;
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation
                .getPropertyPath()
                .toString()
                .replace(".<list element>", "")
                .replace("<list element>", "");
    }

    /** The reference checks of one bundle. */
    private static final class Check {
        private final Bundle bundle;
        private final StoredItems items;
        private final List<Problem> problems;

        Check(StoredItems items, List<Problem> problems) {
            this.bundle = items.bundle;
            this.items = items;
            this.problems = problems;
        }

        void run() {
            duplicates(ItemKind.SOURCE, bundle.sourcesOrEmpty(), SourceInput::slug);
            duplicates(ItemKind.ACTOR, bundle.actorsOrEmpty(), ActorInput::slug);
            duplicates(ItemKind.LOCATION, bundle.locationsOrEmpty(), LocationInput::slug);
            duplicates(ItemKind.EVENT, bundle.eventsOrEmpty(), EventInput::slug);
            duplicates(ItemKind.STATEMENT, bundle.statementsOrEmpty(), StatementInput::slug);
            duplicates(
                    ItemKind.ROLE, bundle.rolesOrEmpty(), r -> r.person() + "/" + r.organization() + "/" + r.title());
            for (int i = 0; i < bundle.sourcesOrEmpty().size(); i++) {
                SourceInput in = bundle.sourcesOrEmpty().get(i);
                Source stored = items.sources.get(in.slug());
                if (stored != null && !stored.body.equals(in.text())) {
                    problem(
                            "sources[" + i + "].text",
                            CONFLICT,
                            "source '" + in.slug() + "' is already stored with a"
                                    + " different text; sources are immutable so evidence offsets stay valid: use a "
                                    + "new slug");
                }
            }
            for (int i = 0; i < bundle.actorsOrEmpty().size(); i++) {
                ActorInput in = bundle.actorsOrEmpty().get(i);
                String at = "actors[" + i + "]";
                actor(at + ".country", in.country());
                actor(at + ".parent", in.parent());
            }
            for (int i = 0; i < bundle.locationsOrEmpty().size(); i++) {
                LocationInput in = bundle.locationsOrEmpty().get(i);
                actor("locations[" + i + "].country", in.country());
                if (in.parent() != null && !items.hasLocation(in.parent())) {
                    problem("locations[" + i + "].parent", NOT_FOUND, "no location '" + in.parent() + "'");
                }
            }
            for (int i = 0; i < bundle.rolesOrEmpty().size(); i++) {
                RoleInput in = bundle.rolesOrEmpty().get(i);
                String at = "roles[" + i + "]";
                actor(at + ".person", in.person());
                actor(at + ".organization", in.organization());
                evidence(at + ".evidence", in.evidence());
            }
            for (int i = 0; i < bundle.eventsOrEmpty().size(); i++) {
                event("events[" + i + "]", bundle.eventsOrEmpty().get(i));
            }
            for (int i = 0; i < bundle.statementsOrEmpty().size(); i++) {
                statement("statements[" + i + "]", bundle.statementsOrEmpty().get(i));
            }
        }

        private void event(String at, EventInput in) {
            for (ParticipantInput p : in.allParticipants()) {
                actor(at + ".participants", p.actor());
            }
            for (StopInput stop : in.locationsOrEmpty()) {
                if (!items.hasLocation(stop.location())) {
                    problem(
                            at + ".locations",
                            NOT_FOUND,
                            "no location '" + stop.location() + "' in the bundle or the graph");
                }
            }
            event(at + ".follows", in.follows());
            event(at + ".partOf", in.partOf());
            if (in.kind() == EventKind.COOPERATION) {
                long parties = in.allParticipants().stream()
                        .filter(p -> p.role() == ParticipantRole.PARTY)
                        .map(ParticipantInput::actor)
                        .distinct()
                        .count();
                if (parties < 2) {
                    problem(at + ".parties", VALIDATION, "a cooperation needs at least two parties, got " + parties);
                }
            }
            if (in.startedOn() != null && in.endedOn() != null && in.endedOn().isBefore(in.startedOn())) {
                problem(at + ".endedOn", VALIDATION, "must not be before startedOn");
            }
            List<EstimateInput> estimates = in.estimatesOrEmpty();
            if (!estimates.isEmpty() && in.kind() != EventKind.DEPLOYMENT) {
                problem(at + ".estimates", VALIDATION, "troop estimates belong to DEPLOYMENT events");
            }
            for (int j = 0; j < estimates.size(); j++) {
                actor(at + ".estimates[" + j + "].reportedBy", estimates.get(j).reportedBy());
                evidence(at + ".estimates[" + j + "].evidence", estimates.get(j).evidence());
            }
            evidence(at + ".evidence", in.evidence());
        }

        private void statement(String at, StatementInput in) {
            actor(at + ".speaker", in.speaker());
            actor(at + ".addressee", in.addressee());
            boolean event = in.subject().event() != null;
            boolean actor = in.subject().actor() != null;
            if (event == actor) {
                problem(at + ".subject", VALIDATION, "give exactly one of subject.event or subject.actor");
            } else if (event) {
                event(at + ".subject.event", in.subject().event());
            } else {
                actor(at + ".subject.actor", in.subject().actor());
            }
            evidence(at + ".evidence", in.evidence());
            if (in.quote() != null
                    && in.evidence().stream()
                            .noneMatch(e -> e.text() != null && e.text().contains(in.quote()))) {
                problem(at + ".quote", VALIDATION, "the quote must occur verbatim in the statement's evidence text");
            }
        }

        /** Each span must name a source of the bundle or the graph and occur there verbatim. */
        private void evidence(String at, List<EvidenceInput> evidence) {
            for (int j = 0; j < evidence.size(); j++) {
                EvidenceInput e = evidence.get(j);
                String where = at + "[" + j + "]";
                String slug = items.sourceSlug(e);
                if (slug == null) {
                    problem(
                            where + ".source",
                            VALIDATION,
                            "name the source: the bundle has "
                                    + bundle.sourcesOrEmpty().size() + " sources");
                    continue;
                }
                String text = items.sourceTexts.get(slug);
                if (text == null) {
                    problem(where + ".source", NOT_FOUND, "no source '" + slug + "' in the bundle or the graph");
                } else if (SpanLocator.locate(text, e.text(), e.start()) == null) {
                    problem(
                            where + ".text",
                            Problem.SPAN_NOT_FOUND,
                            "not found verbatim in source '" + slug + "'"
                                    + (e.start() == null ? "" : " at offset " + e.start()) + ": \""
                                    + abbreviate(e.text())
                                    + "\"." + SpanLocator.hint(text, e.text()));
                }
            }
        }

        /** A named actor (null: none named) must be in the bundle or the graph. */
        private void actor(String at, String slug) {
            if (slug != null && !items.hasActor(slug)) {
                problem(at, NOT_FOUND, "no actor '" + slug + "' in the bundle or the graph");
            }
        }

        private void event(String at, String slug) {
            if (slug != null && !items.hasEvent(slug)) {
                problem(at, NOT_FOUND, "no event '" + slug + "' in the bundle or the graph");
            }
        }

        private <T> void duplicates(ItemKind kind, List<T> items, Function<T, String> key) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!seen.add(key.apply(items.get(i)))) {
                    problem(
                            kind.list + "[" + i + "]" + (kind.bySlug ? ".slug" : ""),
                            VALIDATION,
                            "'" + key.apply(items.get(i)) + "' appears twice in " + kind.list);
                }
            }
        }

        private void problem(String path, ErrorCode code, String message) {
            problem(path, code.name(), message);
        }

        private void problem(String path, String code, String message) {
            problems.add(new Problem(path, code, message));
        }

        private static String abbreviate(String text) {
            return text.length() <= 80 ? text : text.substring(0, 77) + "...";
        }
    }
}
