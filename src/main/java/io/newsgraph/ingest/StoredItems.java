package io.newsgraph.ingest;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.EstimateInput;
import io.newsgraph.event.Event;
import io.newsgraph.event.EventInput;
import io.newsgraph.location.Location;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.source.Source;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementInput;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The items one bundle names, by slug: the stored ones, read once before checking, and during the writes the new
 * ones too; and the slugs the bundle gives its own items, which references may name before they are stored.
 */
final class StoredItems {
    private static final int CHUNK = 1000;

    final Bundle bundle;
    final Map<String, Source> sources = new HashMap<>();
    final Map<String, Actor> actors = new HashMap<>();
    final Map<String, Location> locations = new HashMap<>();
    final Map<String, Event> events = new HashMap<>();
    final Map<String, Statement> statements = new HashMap<>();
    final Set<String> bundleActors = new LinkedHashSet<>();
    final Set<String> bundleLocations = new LinkedHashSet<>();
    final Set<String> bundleEvents = new LinkedHashSet<>();
    /** The text of every source the bundle gives or cites, by slug. */
    final Map<String, String> sourceTexts = new HashMap<>();

    StoredItems(Bundle bundle) {
        this.bundle = bundle;
    }

    boolean hasActor(String slug) {
        return actors.containsKey(slug) || bundleActors.contains(slug);
    }

    boolean hasLocation(String slug) {
        return locations.containsKey(slug) || bundleLocations.contains(slug);
    }

    boolean hasEvent(String slug) {
        return events.containsKey(slug) || bundleEvents.contains(slug);
    }

    /** The source an evidence span is from: the one it names, or the bundle's only source. Null when neither. */
    String sourceSlug(EvidenceInput e) {
        if (e.source() != null) {
            return e.source();
        }
        return bundle.sourcesOrEmpty().size() == 1
                ? bundle.sourcesOrEmpty().get(0).slug()
                : null;
    }

    /** Reads the stored items of every slug the bundle gives or names, one query per kind. */
    void load(EntityManager em) {
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
            e.allParticipants().forEach(p -> actorSlugs.add(p.actor()));
            e.locationsOrEmpty().forEach(s -> locationSlugs.add(s.location()));
            addIfPresent(eventSlugs, e.follows());
            addIfPresent(eventSlugs, e.partOf());
            for (EstimateInput x : e.estimatesOrEmpty()) {
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
        bySlug(em, Source.class, sourceSlugs).forEach(s -> sources.put(s.slug, s));
        bySlug(em, Actor.class, actorSlugs).forEach(a -> actors.put(a.slug, a));
        bySlug(em, Location.class, locationSlugs).forEach(l -> locations.put(l.slug, l));
        bySlug(em, Event.class, eventSlugs).forEach(e -> events.put(e.slug, e));
        bySlug(
                        em,
                        Statement.class,
                        bundle.statementsOrEmpty().stream()
                                .map(StatementInput::slug)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .forEach(x -> statements.put(x.slug, x));
        sources.values().forEach(s -> sourceTexts.putIfAbsent(s.slug, s.body));
        linkActorsByName(em);
    }

    /** A bundle actor whose slug is new but whose name or alias is a stored actor's is that actor. */
    private void linkActorsByName(EntityManager em) {
        Map<String, Set<String>> namesBySlug = new LinkedHashMap<>();
        for (ActorInput in : bundle.actorsOrEmpty()) {
            if (!actors.containsKey(in.slug())) {
                Set<String> names = new LinkedHashSet<>();
                names.add(in.name().toLowerCase(Locale.ROOT));
                in.aliasesOrEmpty().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
                namesBySlug.put(in.slug(), names);
            }
        }
        List<String> all =
                namesBySlug.values().stream().flatMap(Set::stream).distinct().toList();
        Map<String, List<Actor>> named = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            // aliases fetched with the match: each actor's are read below
            for (Actor a : em.createQuery(
                            "select distinct a from Actor a left join fetch a.aliases"
                                    + " where a.id in (select m.id from Actor m left join m.aliases x"
                                    + " where lower(m.name) in :names or lower(x) in :names) order by a.id",
                            Actor.class)
                    .setParameter("names", chunk)
                    .getResultList()) {
                named.computeIfAbsent(a.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(a);
                a.aliases.forEach(x -> named.computeIfAbsent(x.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(a));
            }
        }
        for (ActorInput in : bundle.actorsOrEmpty()) {
            Set<String> names = namesBySlug.get(in.slug());
            if (names == null) {
                continue;
            }
            names.stream()
                    .flatMap(n -> named.getOrDefault(n, List.of()).stream())
                    .filter(a -> a.kind == in.kind())
                    .findFirst()
                    .ifPresent(a -> actors.put(in.slug(), a));
        }
    }

    private static <T> List<T> bySlug(EntityManager em, Class<T> type, Set<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug in :slugs", type)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
