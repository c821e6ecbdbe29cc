package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Links that would loop (an event part of itself or following itself, an actor or place inside itself, directly or
 * through others) are refused on every write path, naming the loop, and change nothing; loops already stored (older
 * data, or written by hand in SQL) keep every read bounded.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class LinkCyclesTest {
    private static final String SOURCE = "nk-troop-surge-in-russia";
    /** Everything the writes could have touched: the items with their links and versions, and every count. */
    private static final String GRAPH = "{ events(first: 100) { totalCount nodes { slug version partOf { slug }"
            + " follows { slug } } } actors(first: 100) { totalCount nodes { slug version parent { slug } } }"
            + " locations(first: 100) { totalCount nodes { slug version parent { slug } } }"
            + " statements { totalCount } sources { totalCount } }";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> event(String slug, String partOf, String follows) {
        Map<String, Object> e = new HashMap<>(Map.of(
                "slug",
                slug,
                "kind",
                "OTHER",
                "title",
                "Event " + slug,
                "status",
                "HAPPENED",
                "evidence",
                List.of(Map.of("source", SOURCE, "text", "North Korean troops stationed in Russia"))));
        if (partOf != null) {
            e.put("partOf", partOf);
        }
        if (follows != null) {
            e.put("follows", follows);
        }
        return e;
    }

    private static JsonPath ingest(Map<String, ?> bundle) {
        return Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle, "dryRun", false))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath ingestEvents(Map<?, ?>... events) {
        return ingest(Map.of("events", Arrays.asList(events)));
    }

    private static String graph() {
        return Gql.data(GRAPH).prettify();
    }

    /** The write was refused as one CYCLE problem at {@code path} naming {@code loop}, and changed nothing. */
    private static void assertRefused(JsonPath result, String path, String loop, String before) {
        assertThat(result.prettify(), result.getString("errors[0].extensions.code"), is("VALIDATION"));
        assertThat(result.getList("errors[0].extensions.problems.path"), is(List.of(path)));
        assertThat(result.getList("errors[0].extensions.problems.code"), is(List.of("CYCLE")));
        assertThat(result.getString("errors[0].extensions.problems[0].message"), is(loop));
        assertThat(graph(), is(before));
    }

    private static void assertLoaded(JsonPath result) {
        assertThat(result.prettify(), result.get("errors"), nullValue());
    }

    @Test
    void anEventPartOfItselfIsRefused() {
        String before = graph();
        assertRefused(
                ingestEvents(event("loop-self", "loop-self", null)),
                "events[0].partOf",
                "would close a loop: loop-self partOf loop-self (an event cannot be part of itself, directly or"
                        + " through others)",
                before);
    }

    @Test
    void twoEventsPartOfEachOtherAreRefused() {
        String before = graph();
        assertRefused(
                ingestEvents(event("loop-two-a", "loop-two-b", null), event("loop-two-b", "loop-two-a", null)),
                "events[0].partOf",
                "would close a loop: loop-two-a partOf loop-two-b partOf loop-two-a (an event"
                        + " cannot be part of itself, directly or through others)",
                before);
    }

    @Test
    void threeEventsFollowingInACircleAreRefused() {
        String before = graph();
        assertRefused(
                ingestEvents(
                        event("loop-f1", null, "loop-f3"),
                        event("loop-f2", null, "loop-f1"),
                        event("loop-f3", null, "loop-f2")),
                "events[0].follows",
                "would close a loop: loop-f1 follows loop-f3"
                        + " follows loop-f2 follows loop-f1 (an event cannot follow itself, directly or through"
                        + " others)",
                before);
    }

    @Test
    void aLoopClosedAgainstStoredEventsIsRefused() {
        assertLoaded(ingestEvents(event("loop-s1", null, null), event("loop-s2", "loop-s1", null)));
        assertLoaded(ingestEvents(event("loop-s3", "loop-s2", null)));
        String before = graph();
        assertRefused(
                ingestEvents(event("loop-s1", "loop-s3", null)),
                "events[0].partOf",
                "would close a loop:"
                        + " loop-s1 partOf loop-s3 partOf loop-s2 partOf loop-s1 (an event cannot be part of itself, "
                        + "directly"
                        + " or through others)",
                before);
        // other links onto the same chain are fine, and so is a link of another kind against it
        assertLoaded(ingestEvents(event("loop-s4", "loop-s3", null), event("loop-s1", null, "loop-s3")));
        assertThat(
                Gql.data("{ event(slug: \"loop-s1\") { partOf { slug } follows { slug } } }")
                        .getString("data.event.follows.slug"),
                is("loop-s3"));
    }

    /** A stored chain longer than the links read at once ({@code LinkCycles.HOPS}) is followed to its end. */
    @Test
    void aLoopThroughALongStoredChainIsRefused() {
        List<Map<?, ?>> chain = new ArrayList<>();
        List<String> loop = new ArrayList<>(List.of("loop-c0"));
        chain.add(event("loop-c0", null, null));
        for (int i = 1; i <= 20; i++) {
            chain.add(event("loop-c" + i, "loop-c" + (i - 1), null));
            loop.add(1, "loop-c" + i);
        }
        assertLoaded(ingest(Map.of("events", chain)));
        loop.add("loop-c0");
        String before = graph();
        assertRefused(
                ingestEvents(event("loop-c0", "loop-c20", null)),
                "events[0].partOf",
                "would close a loop: " + String.join(" partOf ", loop)
                        + " (an event cannot be part of itself, directly or through others)",
                before);
    }

    @Test
    void anUpdateClosingALoopIsRefused() {
        String create = "mutation($e: EventInput!) { createEvent(event: $e) { slug version } }";
        assertLoaded(Gql.postAs("editor", create, Map.of("e", event("loop-m1", null, null)))
                .jsonPath());
        assertLoaded(Gql.postAs("editor", create, Map.of("e", event("loop-m2", "loop-m1", null)))
                .jsonPath());
        String before = graph();
        JsonPath updated = Gql.postAs(
                        "editor",
                        "mutation($e: EventInput!) { updateEvent(slug: \"loop-m1\","
                                + " version: 0, event: $e) { slug } }",
                        Map.of("e", event("loop-m1", "loop-m2", null)))
                .jsonPath();
        assertRefused(
                updated,
                "event.partOf",
                "would close a loop: loop-m1 partOf loop-m2 partOf loop-m1 (an event"
                        + " cannot be part of itself, directly or through others)",
                before);
        assertRefused(
                Gql.postAs("editor", create, Map.of("e", event("loop-m3", null, "loop-m3")))
                        .jsonPath(),
                "event.follows",
                "would close a loop: loop-m3 follows loop-m3 (an event cannot follow itself,"
                        + " directly or through others)",
                before);
    }

    @Test
    void actorsAndPlacesInsideThemselvesAreRefused() {
        String before = graph();
        JsonPath actors = ingest(Map.of(
                "actors",
                List.of(
                        Map.of(
                                "slug",
                                "loop-ministry",
                                "name",
                                "Loop Ministry",
                                "kind",
                                "GOVERNMENT_BODY",
                                "parent",
                                "loop-agency"),
                        Map.of(
                                "slug",
                                "loop-agency",
                                "name",
                                "Loop Agency",
                                "kind",
                                "GOVERNMENT_BODY",
                                "parent",
                                "loop-ministry"))));
        assertRefused(
                actors,
                "actors[0].parent",
                "would close a loop: loop-ministry parent loop-agency parent"
                        + " loop-ministry (an actor cannot belong to itself, directly or through others)",
                before);
        JsonPath places = ingest(Map.of(
                "locations",
                List.of(Map.of("slug", "loop-town", "name", "Loop Town", "kind", "CITY", "parent", "loop-town"))));
        assertRefused(
                places,
                "locations[0].parent",
                "would close a loop: loop-town parent loop-town (a location"
                        + " cannot lie within itself, directly or through others)",
                before);
    }

    /**
     * Merging moves what belonged to the removed actor onto the kept one: a loop that makes is refused; a link
     * between the two themselves goes, since they are one actor now.
     */
    @Test
    void mergesThatWouldLoopAreRefused() {
        assertLoaded(ingest(Map.of(
                "actors",
                List.of(
                        Map.of("slug", "loop-state", "name", "Loop State", "kind", "STATE"),
                        Map.of(
                                "slug",
                                "loop-office",
                                "name",
                                "Loop Office",
                                "kind",
                                "GOVERNMENT_BODY",
                                "parent",
                                "loop-state"),
                        Map.of(
                                "slug",
                                "loop-bureau",
                                "name",
                                "Loop Bureau",
                                "kind",
                                "GOVERNMENT_BODY",
                                "parent",
                                "loop-office")))));
        String before = graph();
        String merge = "mutation($k: String!, $r: String!) { mergeActors(keep: $k, remove: $r) { slug"
                + " parent { slug } } }";
        JsonPath merged = Gql.postAs("admin", merge, Map.of("k", "loop-bureau", "r", "loop-state"))
                .jsonPath();
        assertRefused(
                merged,
                "remove",
                "merging 'loop-state' into 'loop-bureau' would close a loop: loop-bureau"
                        + " parent loop-office parent loop-bureau (an actor cannot belong to itself, directly or "
                        + "through"
                        + " others)",
                before);

        merged = Gql.postAs("admin", merge, Map.of("k", "loop-bureau", "r", "loop-office"))
                .jsonPath();
        assertLoaded(merged);
        assertThat(merged.getString("data.mergeActors.parent"), nullValue());
    }

    /** Loops written before the check (or in SQL) are walked at most once per read, and writes still get through. */
    @Test
    void readsStayBoundedOverLoopsAlreadyStored() throws SQLException {
        Map<String, Object> said = Map.of(
                "slug",
                "loop-old-said",
                "speaker",
                "north-korea",
                "stance",
                "REPORT",
                "subject",
                Map.of("event", "loop-old-a"),
                "summary",
                "Reported it.",
                "evidence",
                List.of(Map.of("source", SOURCE, "text", "North Korean troops stationed in Russia")));
        assertLoaded(ingest(Map.of(
                "events",
                List.of(
                        event("loop-old-a", null, null),
                        event("loop-old-b", null, null),
                        event("loop-old-c", null, null)),
                "statements",
                List.of(said))));
        link("part_of_id", "loop-old-a", "loop-old-b");
        link("part_of_id", "loop-old-b", "loop-old-a");
        link("follows_id", "loop-old-b", "loop-old-c");
        link("follows_id", "loop-old-c", "loop-old-c");

        JsonPath nested = Gql.data("{ event(slug: \"loop-old-a\") { partOf { slug partOf { slug partOf { slug"
                + " follows { slug follows { slug follows { slug } } } } } } } }");
        assertThat(nested.getString("data.event.partOf.partOf.partOf.follows.follows.follows.slug"), is("loop-old-c"));

        JsonPath timeline = Gql.data("{ timeline(event: \"loop-old-a\") { totalCount nodes { node {"
                + " ... on Event { slug } ... on Statement { slug } } } } }");
        assertThat(timeline.getInt("data.timeline.totalCount"), is(3));
        assertThat(
                timeline.getList("data.timeline.nodes.node.slug"),
                containsInAnyOrder("loop-old-a", "loop-old-b", "loop-old-said"));

        JsonPath paths = Gql.data("{ paths(from: \"loop-old-a\", to: \"loop-old-c\", maxLength: 4, first: 20) {"
                + " length steps { label from { ... on Event { slug } } to { ... on Event { slug } } } } }");
        // over either of the two links between a and b, then b follows c
        assertThat(paths.getList("data.paths.length"), is(List.of(2, 2)));
        assertThat(
                paths.getList("data.paths.steps.label"),
                is(List.of(List.of("PART_OF", "FOLLOWS"), List.of("PART_OF", "FOLLOWS"))));

        JsonPath around = Gql.data(
                "{ actor(slug: \"north-korea\") { neighbors(depth: 3, first: 100) {" + " actor { slug } } } }");
        List<String> neighbors = around.getList("data.actor.neighbors.actor.slug");
        assertThat("each actor once", neighbors.size(), is((int)
                neighbors.stream().distinct().count()));

        // a new link onto the stored loop does not close it: the check walks the old loop once and lets it through
        assertLoaded(ingestEvents(event("loop-old-d", "loop-old-a", "loop-old-c")));
    }

    /** Sets a link in plain SQL through the application's datasource, as older data may hold it. */
    private void link(String column, String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update event set " + column
                        + " = (select t.id from event t where t.slug = ?) where slug = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            assertThat(update.executeUpdate(), is(1));
        }
    }
}
