package io.newsgraph.traversal;

import io.newsgraph.graph.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first walks over actors and events. Each hop costs one SQL statement per relationship kind, for the whole
 * frontier at once; a hop that would reach more than {@link #MAX_FRONTIER} new vertices stops the walk there.
 */
@ApplicationScoped
public class GraphWalker {
    static final int MAX_FRONTIER = 2000;

    @Inject
    Sql sql;

    /** Result of a walk: for every vertex reached, its distance and the links that reach it on a shortest route. */
    record Walk(Map<Vertex, Integer> distance, Map<Vertex, List<Link>> parents, boolean truncated) {
    }

    Walk walk(Vertex start, int maxDepth, Set<Relation> via, Vertex stopAt) {
        Map<Vertex, Integer> distance = new LinkedHashMap<>();
        Map<Vertex, List<Link>> parents = new HashMap<>();
        distance.put(start, 0);
        Set<Vertex> frontier = Set.of(start);
        boolean truncated = false;
        for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
            Set<Vertex> next = new LinkedHashSet<>();
            for (Link link : links(frontier, via)) {
                for (Vertex from : List.of(link.from(), link.to())) {
                    if (!frontier.contains(from)) {
                        continue;
                    }
                    Vertex to = link.other(from);
                    Integer known = distance.get(to);
                    if (known == null) {
                        distance.put(to, depth);
                        next.add(to);
                    }
                    if (known == null || known == depth) {
                        parents.computeIfAbsent(to, k -> new ArrayList<>()).add(link);
                    }
                }
            }
            if (stopAt != null && distance.containsKey(stopAt)) {
                break;
            }
            if (next.size() > MAX_FRONTIER) {
                truncated = true;
                break;
            }
            frontier = next;
        }
        return new Walk(distance, parents, truncated);
    }

    /** Every link touching a vertex of the frontier, one query per relationship kind. */
    List<Link> links(Collection<Vertex> frontier, Set<Relation> via) {
        List<Long> actors = frontier.stream().filter(v -> !v.event()).map(Vertex::id).toList();
        List<Long> events = frontier.stream().filter(Vertex::event).map(Vertex::id).toList();
        Map<String, Object> ids = Sql.params("actors", Sql.ids(actors), "events", Sql.ids(events));
        List<Link> links = new ArrayList<>();
        if (via.contains(Relation.STATEMENT)) {
            for (Object[] r : sql.rows("select s.id, s.speaker_id, s.subject_event_id, s.subject_actor_id, s.stance"
                    + " from statement s where s.speaker_id in (:actors) or s.subject_actor_id in (:actors)"
                    + " or s.subject_event_id in (:events)", ids)) {
                Vertex subject = r[2] != null ? Vertex.event(Sql.toLong(r[2])) : Vertex.actor(Sql.toLong(r[3]));
                links.add(new Link(Vertex.actor(Sql.toLong(r[1])), subject, Relation.STATEMENT, Sql.str(r[4]),
                        new Link.Via(Link.ViaKind.STATEMENT, Sql.toLong(r[0]))));
            }
        }
        if (via.contains(Relation.ADDRESSEE) && !actors.isEmpty()) {
            for (Object[] r : sql.rows("select s.id, s.speaker_id, s.addressee_id, s.stance from statement s"
                    + " where s.addressee_id is not null and (s.speaker_id in (:actors) or s.addressee_id in (:actors))",
                    ids)) {
                links.add(new Link(Vertex.actor(Sql.toLong(r[1])), Vertex.actor(Sql.toLong(r[2])), Relation.ADDRESSEE,
                        Sql.str(r[3]), new Link.Via(Link.ViaKind.STATEMENT, Sql.toLong(r[0]))));
            }
        }
        if (via.contains(Relation.PARTICIPANT)) {
            for (Object[] r : sql.rows("select p.actor_id, p.event_id, p.role from event_participant p"
                    + " where p.actor_id in (:actors) or p.event_id in (:events)", ids)) {
                links.add(new Link(Vertex.actor(Sql.toLong(r[0])), Vertex.event(Sql.toLong(r[1])), Relation.PARTICIPANT,
                        Sql.str(r[2]), new Link.Via(Link.ViaKind.EVENT, Sql.toLong(r[1]))));
            }
        }
        if (via.contains(Relation.ROLE) && !actors.isEmpty()) {
            for (Object[] r : sql.rows("select r.id, r.person_id, r.organization_id, r.title from role r"
                    + " where r.person_id in (:actors) or r.organization_id in (:actors)", ids)) {
                links.add(new Link(Vertex.actor(Sql.toLong(r[1])), Vertex.actor(Sql.toLong(r[2])), Relation.ROLE,
                        Sql.str(r[3]), new Link.Via(Link.ViaKind.ROLE, Sql.toLong(r[0]))));
            }
        }
        if (via.contains(Relation.MEMBERSHIP) && !actors.isEmpty()) {
            for (Object[] r : sql.rows("select a.id, a.country_id, a.parent_id from actor a where a.id in (:actors)"
                    + " or a.country_id in (:actors) or a.parent_id in (:actors)", ids)) {
                long member = Sql.toLong(r[0]);
                if (r[1] != null) {
                    links.add(new Link(Vertex.actor(member), Vertex.actor(Sql.toLong(r[1])), Relation.MEMBERSHIP,
                            "COUNTRY", null));
                }
                if (r[2] != null && !r[2].equals(r[1])) {
                    links.add(new Link(Vertex.actor(member), Vertex.actor(Sql.toLong(r[2])), Relation.MEMBERSHIP,
                            "PARENT", null));
                }
            }
        }
        if (via.contains(Relation.EVENT_LINK) && !events.isEmpty()) {
            for (Object[] r : sql.rows("select e.id, e.follows_id, e.part_of_id from event e where e.id in (:events)"
                    + " or e.follows_id in (:events) or e.part_of_id in (:events)", ids)) {
                long event = Sql.toLong(r[0]);
                if (r[1] != null) {
                    links.add(new Link(Vertex.event(event), Vertex.event(Sql.toLong(r[1])), Relation.EVENT_LINK,
                            "FOLLOWS", null));
                }
                if (r[2] != null) {
                    links.add(new Link(Vertex.event(event), Vertex.event(Sql.toLong(r[2])), Relation.EVENT_LINK,
                            "PART_OF", null));
                }
            }
        }
        if (via.contains(Relation.ESTIMATE)) {
            for (Object[] r : sql.rows("select x.id, x.reported_by_id, x.event_id, x.troops from estimate x"
                    + " where x.reported_by_id is not null and (x.reported_by_id in (:actors) or x.event_id in (:events))",
                    ids)) {
                links.add(new Link(Vertex.actor(Sql.toLong(r[1])), Vertex.event(Sql.toLong(r[2])), Relation.ESTIMATE,
                        String.valueOf(Sql.toLong(r[3])), new Link.Via(Link.ViaKind.ESTIMATE, Sql.toLong(r[0]))));
            }
        }
        return links;
    }

    /** Up to {@code limit} shortest routes from the walk's start to {@code end}, each as links in walking order. */
    static List<List<Link>> routes(Walk walk, Vertex end, int limit) {
        List<List<Link>> routes = new ArrayList<>();
        collect(walk, end, new ArrayList<>(), routes, limit);
        return routes;
    }

    private static void collect(Walk walk, Vertex at, List<Link> suffix, List<List<Link>> routes, int limit) {
        if (routes.size() >= limit) {
            return;
        }
        List<Link> parents = walk.parents().get(at);
        if (parents == null) {
            if (walk.distance().get(at) != null && walk.distance().get(at) == 0) {
                routes.add(new ArrayList<>(suffix));
            }
            return;
        }
        Set<Link> seen = new LinkedHashSet<>(parents);
        for (Link link : seen) {
            Vertex previous = link.other(at);
            Integer d = walk.distance().get(previous);
            if (d == null || d != walk.distance().get(at) - 1) {
                continue;
            }
            suffix.add(0, link);
            collect(walk, previous, suffix, routes, limit);
            suffix.remove(0);
        }
    }
}
