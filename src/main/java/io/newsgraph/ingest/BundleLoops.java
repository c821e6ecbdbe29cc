package io.newsgraph.ingest;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.graph.error.Problem;
import io.newsgraph.graph.write.LinkCycles;
import io.newsgraph.location.LocationInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The bundle check of the links that must not loop: partOf and follows of events, the parents of actors and places. */
@ApplicationScoped
class BundleLoops {
    @Inject
    LinkCycles cycles;

    void check(StoredItems items, List<Problem> problems) {
        Bundle bundle = items.bundle;
        check(
                LinkCycles.Kind.PART_OF,
                ItemKind.EVENT,
                bundle.eventsOrEmpty(),
                EventInput::slug,
                EventInput::partOf,
                items.events,
                items.bundleEvents,
                e -> e.slug,
                problems);
        check(
                LinkCycles.Kind.FOLLOWS,
                ItemKind.EVENT,
                bundle.eventsOrEmpty(),
                EventInput::slug,
                EventInput::follows,
                items.events,
                items.bundleEvents,
                e -> e.slug,
                problems);
        check(
                LinkCycles.Kind.ACTOR_PARENT,
                ItemKind.ACTOR,
                bundle.actorsOrEmpty(),
                ActorInput::slug,
                ActorInput::parent,
                items.actors,
                items.bundleActors,
                a -> a.slug,
                problems);
        check(
                LinkCycles.Kind.LOCATION_PARENT,
                ItemKind.LOCATION,
                bundle.locationsOrEmpty(),
                LocationInput::slug,
                LocationInput::parent,
                items.locations,
                items.bundleLocations,
                l -> l.slug,
                problems);
    }

    /**
     * A problem for each loop the bundle's links of one kind would close, with each other or with stored links.
     * Items are named by their stored slug (a bundle actor may be a stored actor of another slug); links to
     * nothing are left to the reference checks.
     */
    private <T, E> void check(
            LinkCycles.Kind link,
            ItemKind kind,
            List<T> inputs,
            Function<T, String> slug,
            Function<T, String> target,
            Map<String, E> stored,
            Set<String> inBundle,
            Function<E, String> slugOf,
            List<Problem> problems) {
        Function<String, String> key = s -> stored.containsKey(s) ? slugOf.apply(stored.get(s)) : s;
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, String> paths = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String to = target.apply(inputs.get(i));
            if (to != null && (stored.containsKey(to) || inBundle.contains(to))) {
                String from = key.apply(slug.apply(inputs.get(i)));
                written.put(from, key.apply(to));
                paths.put(from, kind.list + "[" + i + "]." + link.field());
            }
        }
        if (written.isEmpty()) {
            return;
        }
        Set<String> fresh = new HashSet<>(inBundle);
        fresh.removeAll(stored.keySet());
        for (List<String> loop : cycles.closedBy(link, written, fresh)) {
            problems.add(new Problem(
                    paths.get(loop.get(0)), LinkCycles.CYCLE, "would close a loop: " + link.describe(loop)));
        }
    }
}
