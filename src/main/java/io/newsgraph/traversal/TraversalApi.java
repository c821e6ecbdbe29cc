package io.newsgraph.traversal;

import io.newsgraph.actor.ActorNode;
import io.newsgraph.actor.ActorReader;
import io.newsgraph.event.EventNode;
import io.newsgraph.event.EventReader;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.error.BadUserInputException;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.relay.NodeLoader;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.source.EvidenceNode;
import io.newsgraph.source.SourceReader;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

/** Graph-native queries: paths between nodes, neighbourhoods, timelines. */
@GraphQLApi
public class TraversalApi {
    @Inject
    GraphWalker walker;

    @Inject
    TimelineReader timelines;

    @Inject
    ActorReader actors;

    @Inject
    EventReader events;

    @Inject
    NodeLoader nodes;

    @Inject
    SourceReader sources;

    @Query("paths")
    @Description("The shortest relationship paths between two actors or events (by slug), each step naming the "
            + "relationship and its evidence, e.g. Yoon —CONDEMN→ NK–Russia military cooperation ←PARTY— Russia.")
    public @NonNull List<@NonNull Path> paths(
            @NonNull @Description("Slug of the actor or event to start from.") String from,
            @NonNull @Description("Slug of the actor or event to reach.") String to,
            @DefaultValue("3") @Description("Longest path to look for, 1 to 4 steps.") int maxLength,
            @Description("Relationships to walk (default: all).") List<Relation> via,
            @DefaultValue("5") @Description("Most paths to return, 1 to 20.") int first) {
        if (maxLength < 1 || maxLength > 4) {
            throw new BadUserInputException("`maxLength` must be between 1 and 4, got " + maxLength + ".");
        }
        if (first < 1 || first > 20) {
            throw new BadUserInputException("`first` must be between 1 and 20, got " + first + ".");
        }
        Vertex start = vertex(from);
        Vertex end = vertex(to);
        if (start.equals(end)) {
            return List.of();
        }
        List<PathStep> all = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (List<Link> route : walker.routesBetween(start, end, maxLength, relations(via), first)) {
            paths.add(new Path(route.size(), steps(start, route, all)));
        }
        Cohort.of(all);
        return paths;
    }

    @Description("Actors reachable from this one within `depth` steps through statements, events, roles and "
            + "memberships, nearest first, each with a shortest path to it.")
    public @NonNull List<@NonNull Neighbor> neighbors(
            @Source ActorNode actor,
            @DefaultValue("1") @Description("Steps to walk, 1 to 3.") int depth,
            @Description("Relationships to walk (default: all).") List<Relation> via,
            @DefaultValue("20") @Description("Most neighbours to return, 100 at most.") int first) {
        if (depth < 1 || depth > 3) {
            throw new BadUserInputException("`depth` must be between 1 and 3, got " + depth + ".");
        }
        Page.of(first, null);
        Vertex start = Vertex.actor(actor.dbId());
        GraphWalker.Walk walk = walker.walk(start, depth, relations(via));
        List<PathStep> all = new ArrayList<>();
        List<Neighbor> neighbors = new ArrayList<>();
        for (Map.Entry<Vertex, Integer> reached : walk.distance().entrySet()) {
            Vertex v = reached.getKey();
            if (v.event() || v.equals(start)) {
                continue;
            }
            if (neighbors.size() == first) {
                break;
            }
            List<Link> route = GraphWalker.routes(walk, v, 1).get(0);
            neighbors.add(new Neighbor(v.id(), reached.getValue(), steps(start, route, all)));
        }
        Cohort.of(all);
        return Cohort.of(neighbors);
    }

    @Description("The neighbouring actor.")
    public @NonNull ActorNode actor(@Source Neighbor neighbor) {
        return Cohort.byId(neighbor, CohortKey.of("actor"), actors::byIds, null);
    }

    @Query("timeline")
    @Description("Statements (by the day they were made) and events (by the day they started) in date order, for "
            + "rendering a chronology of an actor (what it said, what was said about or to it, events it took part "
            + "in) or of an event (the event, what was said about it, the events it follows or is part of). "
            + "Undated entries come last.")
    public @NonNull TimelineConnection timeline(
            @Description("Slug of an actor.") String actor,
            @Description("Slug of an event.") String event,
            @Description("Only entries on or after this day.") LocalDate from,
            @Description("Only entries on or before this day.") LocalDate to,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        if ((actor == null) == (event == null)) {
            throw new BadUserInputException("Give exactly one of `actor` or `event`.");
        }
        Page page = Page.of(first, after);
        if (actor != null) {
            ActorNode a = actors.bySlug(actor)
                    .orElseThrow(() -> new NotFoundException("No actor has the slug '" + actor + "'."));
            return timelines.ofActor(a.dbId(), from, to, page);
        }
        EventNode e =
                events.bySlug(event).orElseThrow(() -> new NotFoundException("No event has the slug '" + event + "'."));
        return timelines.ofEvent(GlobalId.parse(e.getId()).dbId(), from, to, page);
    }

    @Description("The statement or event.")
    public @NonNull Node node(@Source TimelineEntry entry) {
        return Cohort.load(
                entry,
                CohortKey.of("node"),
                entries -> {
                    Map<String, Set<Long>> ids = new HashMap<>();
                    entries.forEach(
                            x -> ids.computeIfAbsent(x.event ? "Event" : "Statement", k -> new LinkedHashSet<>())
                                    .add(x.id));
                    Map<String, Map<Long, ? extends Node>> found = nodes.load(ids);
                    Map<Long, Node> result = new HashMap<>();
                    entries.forEach(x -> result.put(
                            x.dbId(), found.get(x.event ? "Event" : "Statement").get(x.id)));
                    return result;
                },
                null);
    }

    @Name("totalCount")
    @Description("Number of entries in the whole timeline, all pages.")
    public int timelineCount(@Source TimelineConnection connection) {
        return connection.totalCount();
    }

    @Name("from")
    @Description("Where the step starts.")
    public @NonNull Node stepFrom(@Source PathStep step) {
        return vertexNode(step, true);
    }

    @Name("to")
    @Description("Where the step arrives.")
    public @NonNull Node stepTo(@Source PathStep step) {
        return vertexNode(step, false);
    }

    @Description("The statement, role, estimate or event that carries the relationship; null for memberships and "
            + "event links, which are facts of the actors or events themselves.")
    public Node via(@Source PathStep step) {
        return Cohort.load(
                step,
                CohortKey.of("via"),
                steps -> {
                    Map<String, Set<Long>> ids = new HashMap<>();
                    steps.stream()
                            .filter(s -> s.link.via() != null)
                            .forEach(s -> ids.computeIfAbsent(
                                            viaType(s.link.via().kind()), k -> new LinkedHashSet<>())
                                    .add(s.link.via().id()));
                    Map<String, Map<Long, ? extends Node>> found = nodes.load(ids);
                    Map<Long, Node> result = new HashMap<>();
                    steps.stream()
                            .filter(s -> s.link.via() != null)
                            .forEach(s -> result.put(
                                    s.dbId(),
                                    found.get(viaType(s.link.via().kind()))
                                            .get(s.link.via().id())));
                    return result;
                },
                null);
    }

    @Name("evidence")
    @Description("The spans of source text that back this step.")
    public @NonNull List<@NonNull EvidenceNode> stepEvidence(@Source PathStep step) {
        return Cohort.load(
                step,
                CohortKey.of("evidence"),
                steps -> {
                    Map<Link.CarrierKind, Set<Long>> ids = new HashMap<>();
                    steps.stream()
                            .filter(s -> s.link.via() != null)
                            .forEach(s -> ids.computeIfAbsent(s.link.via().kind(), k -> new LinkedHashSet<>())
                                    .add(s.link.via().id()));
                    Map<Link.CarrierKind, Map<Long, List<EvidenceNode>>> found = new HashMap<>();
                    ids.forEach((kind, set) -> found.put(kind, sources.evidence(fact(kind), set, null)));
                    Map<Long, List<EvidenceNode>> result = new HashMap<>();
                    steps.stream()
                            .filter(s -> s.link.via() != null)
                            .forEach(s -> result.put(
                                    s.dbId(),
                                    found.get(s.link.via().kind())
                                            .getOrDefault(s.link.via().id(), List.of())));
                    return result;
                },
                List.of());
    }

    // ------------------------------------------------------------------ helpers

    private Node vertexNode(PathStep step, boolean from) {
        return Cohort.load(
                step,
                CohortKey.of(from ? "from" : "to"),
                steps -> {
                    Map<String, Set<Long>> ids = new HashMap<>();
                    for (PathStep s : steps) {
                        for (Vertex v : List.of(s.from, s.to)) {
                            ids.computeIfAbsent(type(v), k -> new LinkedHashSet<>())
                                    .add(v.id());
                        }
                    }
                    Map<String, Map<Long, ? extends Node>> found = nodes.load(ids);
                    Map<Long, Node> result = new HashMap<>();
                    steps.forEach(s -> {
                        Vertex v = from ? s.from : s.to;
                        result.put(s.dbId(), found.get(type(v)).get(v.id()));
                    });
                    return result;
                },
                null);
    }

    private Vertex vertex(String slug) {
        return actors.bySlug(slug)
                .map(a -> Vertex.actor(a.dbId()))
                .or(() -> events.bySlug(slug)
                        .map(e -> Vertex.event(GlobalId.parse(e.getId()).dbId())))
                .orElseThrow(() -> new NotFoundException("No actor or event has the slug '" + slug + "'."));
    }

    private static List<PathStep> steps(Vertex start, List<Link> route, List<PathStep> all) {
        List<PathStep> steps = new ArrayList<>(route.size());
        Vertex at = start;
        for (Link link : route) {
            Vertex next = link.other(at);
            PathStep step = new PathStep(all.size(), at, next, link);
            all.add(step);
            steps.add(step);
            at = next;
        }
        return steps;
    }

    private static Set<Relation> relations(List<Relation> via) {
        return via == null || via.isEmpty() ? EnumSet.allOf(Relation.class) : EnumSet.copyOf(via);
    }

    private static String type(Vertex v) {
        return v.event() ? "Event" : "Actor";
    }

    private static String viaType(Link.CarrierKind kind) {
        return switch (kind) {
            case STATEMENT -> "Statement";
            case ROLE -> "Role";
            case ESTIMATE -> "Estimate";
            case EVENT -> "Event";
        };
    }

    private static SourceReader.Fact fact(Link.CarrierKind kind) {
        return switch (kind) {
            case STATEMENT -> SourceReader.Fact.STATEMENT;
            case ROLE -> SourceReader.Fact.ROLE;
            case ESTIMATE -> SourceReader.Fact.ESTIMATE;
            case EVENT -> SourceReader.Fact.EVENT;
        };
    }
}
