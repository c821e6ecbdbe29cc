package io.newsgraph.traversal;

import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first walks over actors and events. Each hop costs one SQL statement per relationship kind, for the whole
 * frontier at once; a hop that would reach more than {@link #MAX_FRONTIER} new vertices stops the walk there.
 * Paths between two vertices are searched from both ends.
 */
@ApplicationScoped
public class GraphWalker {
    static final int MAX_FRONTIER = 2000;

    @Inject
    Sql sql;

    /** Result of a walk: for every vertex reached, its distance and the links that reach it on a shortest route. */
    record Walk(Map<Vertex, Integer> distance, Map<Vertex, List<Link>> parents, boolean truncated) {}

    /** Breadth-first from {@code start}, at most {@code maxDepth} steps. */
    Walk walk(Vertex start, int maxDepth, Set<Relation> via) {
        Search search = new Search(start);
        while (search.depth < maxDepth && !search.frontier.isEmpty() && !search.truncated) {
            search.expand(links(search.frontier, via));
        }
        return search.walk();
    }

    /**
     * Up to {@code limit} shortest routes of at most {@code maxLength} links from {@code start} to {@code end}, each in
     * walking order. The search grows from both ends, the smaller frontier first, so each side walks about half the
     * length: from a busy actor, two hops out reach thousands of vertices, one hop from each end far fewer.
     */
    List<List<Link>> routesBetween(Vertex start, Vertex end, int maxLength, Set<Relation> via, int limit) {
        Search fromStart = new Search(start);
        Search fromEnd = new Search(end);
        while (fromStart.depth + fromEnd.depth < maxLength) {
            Search grow = fromStart.frontier.size() <= fromEnd.frontier.size() ? fromStart : fromEnd;
            if (grow.frontier.isEmpty()) {
                return List.of(); // that end's whole component is known and the other end is not in it
            }
            grow.expand(links(grow.frontier, via));
            List<Vertex> meeting = new ArrayList<>();
            int best = Integer.MAX_VALUE;
            for (Map.Entry<Vertex, Integer> reached : fromStart.distance.entrySet()) {
                Integer back = fromEnd.distance.get(reached.getKey());
                if (back != null) {
                    meeting.add(reached.getKey());
                    best = Math.min(best, reached.getValue() + back);
                }
            }
            if (!meeting.isEmpty()) {
                return join(fromStart.walk(), fromEnd.walk(), meeting, best, limit);
            }
            if (grow.truncated) {
                return List.of();
            }
        }
        return List.of();
    }

    private static List<List<Link>> join(Walk head, Walk tail, List<Vertex> meeting, int length, int limit) {
        // A route can pass through several meeting vertices; the set keeps it once.
        Set<List<Link>> routes = new LinkedHashSet<>();
        for (Vertex middle : meeting) {
            if (head.distance().get(middle) + tail.distance().get(middle) != length) {
                continue;
            }
            for (List<Link> first : routes(head, middle, limit)) {
                for (List<Link> second : routes(tail, middle, limit)) {
                    List<Link> route = new ArrayList<>(first);
                    List<Link> back = new ArrayList<>(second);
                    Collections.reverse(back);
                    route.addAll(back);
                    routes.add(route);
                    if (routes.size() == limit) {
                        return new ArrayList<>(routes);
                    }
                }
            }
        }
        return new ArrayList<>(routes);
    }

    /** One breadth-first search, grown a whole level at a time. */
    private static final class Search {
        final Map<Vertex, Integer> distance = new LinkedHashMap<>();
        final Map<Vertex, List<Link>> parents = new HashMap<>();
        Set<Vertex> frontier;
        int depth;
        boolean truncated;

        Search(Vertex start) {
            distance.put(start, 0);
            frontier = Set.of(start);
        }

        /** Takes the links touching the frontier one step further; stops growing past {@link #MAX_FRONTIER}. */
        void expand(List<Link> links) {
            depth++;
            Set<Vertex> next = new LinkedHashSet<>();
            for (Link link : links) {
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
            truncated = next.size() > MAX_FRONTIER;
            frontier = next;
        }

        Walk walk() {
            return new Walk(distance, parents, truncated);
        }
    }

    /** Every link touching a vertex of the frontier, one query per relationship kind. */
    List<Link> links(Collection<Vertex> frontier, Set<Relation> via) {
        List<Long> actors =
                frontier.stream().filter(v -> !v.event()).map(Vertex::id).toList();
        List<Long> events =
                frontier.stream().filter(Vertex::event).map(Vertex::id).toList();
        Map<String, Object> ids = Sql.params("actors", Sql.ids(actors), "events", Sql.ids(events));
        List<Link> links = new ArrayList<>();
        if (via.contains(Relation.STATEMENT)) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select s.id, s.speaker_id, s.subject_event_id, s.subject_actor_id, s.stance"
                                    + " from statement s where ",
                            "s.speaker_id in (:actors)",
                            "s.subject_actor_id in (:actors)",
                            "s.subject_event_id in (:events)"),
                    ids)) {
                Vertex subject = r[2] != null ? Vertex.event(Sql.toLong(r[2])) : Vertex.actor(Sql.toLong(r[3]));
                links.add(new Link(
                        Vertex.actor(Sql.toLong(r[1])),
                        subject,
                        Relation.STATEMENT,
                        Sql.str(r[4]),
                        new Link.Carrier(Link.CarrierKind.STATEMENT, Sql.toLong(r[0]))));
            }
        }
        if (via.contains(Relation.ADDRESSEE) && !actors.isEmpty()) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select s.id, s.speaker_id, s.addressee_id, s.stance from statement s"
                                    + " where s.addressee_id is not null and ",
                            "s.speaker_id in (:actors)",
                            "s.addressee_id in (:actors)"),
                    ids)) {
                links.add(new Link(
                        Vertex.actor(Sql.toLong(r[1])),
                        Vertex.actor(Sql.toLong(r[2])),
                        Relation.ADDRESSEE,
                        Sql.str(r[3]),
                        new Link.Carrier(Link.CarrierKind.STATEMENT, Sql.toLong(r[0]))));
            }
        }
        if (via.contains(Relation.PARTICIPANT)) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select p.actor_id, p.event_id, p.role from event_participant p where ",
                            "p.actor_id in (:actors)",
                            "p.event_id in (:events)"),
                    ids)) {
                links.add(new Link(
                        Vertex.actor(Sql.toLong(r[0])),
                        Vertex.event(Sql.toLong(r[1])),
                        Relation.PARTICIPANT,
                        Sql.str(r[2]),
                        new Link.Carrier(Link.CarrierKind.EVENT, Sql.toLong(r[1]))));
            }
        }
        if (via.contains(Relation.ROLE) && !actors.isEmpty()) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select r.id, r.person_id, r.organization_id, r.title from role r where ",
                            "r.person_id in (:actors)",
                            "r.organization_id in (:actors)"),
                    ids)) {
                links.add(new Link(
                        Vertex.actor(Sql.toLong(r[1])),
                        Vertex.actor(Sql.toLong(r[2])),
                        Relation.ROLE,
                        Sql.str(r[3]),
                        new Link.Carrier(Link.CarrierKind.ROLE, Sql.toLong(r[0]))));
            }
        }
        if (via.contains(Relation.MEMBERSHIP) && !actors.isEmpty()) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select a.id, a.country_id, a.parent_id from actor a where ",
                            "a.id in (:actors)",
                            "a.country_id in (:actors)",
                            "a.parent_id in (:actors)"),
                    ids)) {
                long member = Sql.toLong(r[0]);
                if (r[1] != null) {
                    links.add(new Link(
                            Vertex.actor(member),
                            Vertex.actor(Sql.toLong(r[1])),
                            Relation.MEMBERSHIP,
                            "COUNTRY",
                            null));
                }
                if (r[2] != null && !r[2].equals(r[1])) {
                    links.add(new Link(
                            Vertex.actor(member), Vertex.actor(Sql.toLong(r[2])), Relation.MEMBERSHIP, "PARENT", null));
                }
            }
        }
        if (via.contains(Relation.EVENT_LINK) && !events.isEmpty()) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select e.id, e.follows_id, e.part_of_id from event e where ",
                            "e.id in (:events)",
                            "e.follows_id in (:events)",
                            "e.part_of_id in (:events)"),
                    ids)) {
                long event = Sql.toLong(r[0]);
                if (r[1] != null) {
                    links.add(new Link(
                            Vertex.event(event), Vertex.event(Sql.toLong(r[1])), Relation.EVENT_LINK, "FOLLOWS", null));
                }
                if (r[2] != null) {
                    links.add(new Link(
                            Vertex.event(event), Vertex.event(Sql.toLong(r[2])), Relation.EVENT_LINK, "PART_OF", null));
                }
            }
        }
        if (via.contains(Relation.ESTIMATE)) {
            for (Object[] r : sql.rows(
                    anyOf(
                            "select x.id, x.reported_by_id, x.event_id, x.troops from estimate x"
                                    + " where x.reported_by_id is not null and ",
                            "x.reported_by_id in (:actors)",
                            "x.event_id in (:events)"),
                    ids)) {
                links.add(new Link(
                        Vertex.actor(Sql.toLong(r[1])),
                        Vertex.event(Sql.toLong(r[2])),
                        Relation.ESTIMATE,
                        String.valueOf(Sql.toLong(r[3])),
                        new Link.Carrier(Link.CarrierKind.ESTIMATE, Sql.toLong(r[0]))));
            }
        }
        return links;
    }

    /**
     * {@code select} once per condition, joined with {@code union} (which also drops rows matched twice): an
     * {@code or} of {@code in} lists over different columns makes H2 scan the whole table, each part alone uses its
     * index.
     */
    private static String anyOf(String select, String... conditions) {
        StringBuilder sql = new StringBuilder();
        for (String condition : conditions) {
            sql.append(sql.length() == 0 ? "" : " union ").append(select).append(condition);
        }
        return sql.toString();
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
