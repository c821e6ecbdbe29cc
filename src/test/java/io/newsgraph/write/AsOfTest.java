package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As-of reads over two ingests of a report of its own (other write tests share the database, so nothing here depends
 * on what they wrote): before the first, the graph holds neither its statement nor its deployment; between the two,
 * the deployment has one troop estimate; now it has two, the newer one first.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class AsOfTest {
    private static final String TEXT = "Seoul's intelligence service said on Monday that about 11,000 North Korean"
            + " soldiers were now in Russia. President Yoon Suk Yeol called the deployment a grave threat to the"
            + " security of the peninsula. A week later the agency raised its figure to 12,000.";

    private static String beforeFirst;
    private static String betweenIngests;

    /** Runs once, from the first test (the HTTP port is not set up yet when a {@code @BeforeAll} runs). */
    @BeforeEach
    void ingestTwice() throws InterruptedException {
        if (betweenIngests != null) {
            return;
        }
        beforeFirst = instant();
        ingest(bundle(false));
        betweenIngests = instant();
        ingest(bundle(true));
    }

    /** A time strictly between what was written before and what is written after. */
    private static String instant() throws InterruptedException {
        Thread.sleep(20);
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        Thread.sleep(20);
        return now;
    }

    private static void ingest(Map<String, Object> bundle) {
        JsonPath result = Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle, "dryRun", false))
                .jsonPath();
        assertThat(result.prettify(), result.get("errors"), nullValue());
    }

    private static Map<String, Object> bundle(boolean withRaisedFigure) {
        List<Map<String, Object>> estimates = new ArrayList<>();
        estimates.add(Map.of(
                "troops",
                11000,
                "qualifier",
                "ABOUT",
                "reportedBy",
                "south-korea",
                "asOf",
                "2024-11-04",
                "evidence",
                List.of(Map.of("text", "about 11,000 North Korean soldiers were now in Russia"))));
        if (withRaisedFigure) {
            estimates.add(Map.of(
                    "troops",
                    12000,
                    "qualifier",
                    "ABOUT",
                    "reportedBy",
                    "south-korea",
                    "asOf",
                    "2024-11-11",
                    "evidence",
                    List.of(Map.of("text", "raised its figure to 12,000"))));
        }
        Map<String, Object> event = new HashMap<>();
        event.put("slug", "asof-nk-soldiers-in-russia");
        event.put("kind", "DEPLOYMENT");
        event.put("title", "North Korean soldiers in Russia (Seoul's count)");
        event.put("status", "ONGOING");
        event.put("sender", "north-korea");
        event.put("host", "russia");
        event.put("estimates", estimates);
        event.put("evidence", List.of(Map.of("text", "North Korean soldiers were now in Russia")));
        return Map.of(
                "format",
                "newsgraph-bundle/1",
                "sources",
                List.of(Map.of(
                        "slug",
                        "asof-seoul-count",
                        "title",
                        "Seoul counts North Korean soldiers",
                        "publishedOn",
                        "2024-11-11",
                        "language",
                        "en",
                        "text",
                        TEXT)),
                "events",
                List.of(event),
                "statements",
                List.of(Map.of(
                        "slug",
                        "asof-yoon-grave-threat",
                        "speaker",
                        "yoon-suk-yeol",
                        "stance",
                        "WARN",
                        "madeOn",
                        "2024-11-04",
                        "subject",
                        Map.of("event", "asof-nk-soldiers-in-russia"),
                        "summary",
                        "Yoon called the deployment a grave threat.",
                        "evidence",
                        List.of(Map.of("text", "called the deployment a grave threat")))));
    }

    private static JsonPath data(String query, String asOf) {
        return Gql.data(query, Map.of("t", asOf));
    }

    @Test
    void anActorsStatementCountDiffersBeforeAndAfterTheIngest() {
        JsonPath json = data("""
                query($t: DateTime) {
                  then: actor(slug: "yoon-suk-yeol", asOf: $t) { statements { totalCount nodes { slug } } }
                  now: actor(slug: "yoon-suk-yeol") { statements { totalCount nodes { slug } } }
                }""", beforeFirst);
        assertThat(
                json.getInt("data.now.statements.totalCount"), is(json.getInt("data.then.statements.totalCount") + 1));
        assertThat(json.getList("data.now.statements.nodes.slug"), hasItem("asof-yoon-grave-threat"));
        assertThat(json.getList("data.then.statements.nodes.slug"), not(hasItem("asof-yoon-grave-threat")));
    }

    @Test
    void rootListsLeaveOutWhatWasRecordedLater() {
        String lists = """
                query($t: DateTime) {
                  statements(asOf: $t, first: 100) { totalCount nodes { slug } }
                  events(asOf: $t, first: 100) { totalCount nodes { slug } }
                  sources(asOf: $t, first: 100) { totalCount nodes { slug } }
                }""";
        JsonPath then = data(lists, beforeFirst);
        JsonPath now = data(lists, "2999-01-01T00:00:00Z");
        assertThat(then.getList("data.statements.nodes.slug"), not(hasItem("asof-yoon-grave-threat")));
        assertThat(now.getList("data.statements.nodes.slug"), hasItem("asof-yoon-grave-threat"));
        assertThat(now.getInt("data.statements.totalCount"), is(then.getInt("data.statements.totalCount") + 1));
        assertThat(then.getList("data.events.nodes.slug"), not(hasItem("asof-nk-soldiers-in-russia")));
        assertThat(now.getInt("data.events.totalCount"), is(then.getInt("data.events.totalCount") + 1));
        assertThat(then.getList("data.sources.nodes.slug"), not(hasItem("asof-seoul-count")));
        assertThat(now.getInt("data.sources.totalCount"), is(then.getInt("data.sources.totalCount") + 1));
    }

    @Test
    void beforeAnythingWasRecordedEveryListIsEmpty() {
        JsonPath json = data("""
                query($t: DateTime) {
                  actors(asOf: $t) { totalCount } statements(asOf: $t) { totalCount nodes { slug } }
                  events(asOf: $t) { totalCount } sources(asOf: $t) { totalCount } locations(asOf: $t) { totalCount }
                  statementStats(asOf: $t) { total }
                }""", "2020-01-01T00:00:00Z");
        for (String list : List.of("actors", "statements", "events", "sources", "locations")) {
            assertThat(list, json.getInt("data." + list + ".totalCount"), is(0));
        }
        assertThat(json.getInt("data.statementStats.total"), is(0));
    }

    @Test
    void aTimeNotYetReachedMeansNow() {
        JsonPath json = data("""
                query($t: DateTime) {
                  later: statements(asOf: $t) { totalCount } now: statements { totalCount }
                }""", "2999-01-01T00:00:00Z");
        assertThat(json.getInt("data.later.totalCount"), is(json.getInt("data.now.totalCount")));
    }

    @Test
    void nodeAsOfBeforeItWasRecordedIsNull() {
        String id = Gql.data("{ statement(slug: \"asof-yoon-grave-threat\") { id } }")
                .getString("data.statement.id");
        JsonPath json =
                Gql.data("""
                query($id: ID!, $ids: [String!]!, $before: DateTime, $between: DateTime) {
                  before: node(id: $id, asOf: $before) { id }
                  between: node(id: $id, asOf: $between) { id }
                  now: node(id: $id) { id }
                  list: nodes(ids: $ids, asOf: $before) { id }
                }""", Map.of("id", id, "ids", List.of(id), "before", beforeFirst, "between", betweenIngests));
        assertThat(json.getString("data.before"), nullValue());
        assertThat(json.getString("data.between.id"), is(id));
        assertThat(json.getString("data.now.id"), is(id));
        assertThat(json.getList("data.list"), contains((Object) null));
    }

    @Test
    void aSlugNotYetRecordedIsNotFound() {
        JsonPath json = Gql.post(
                        "query($t: DateTime) { event(slug: \"asof-nk-soldiers-in-russia\", asOf: $t) { slug } }",
                        Map.of("t", beforeFirst))
                .jsonPath();
        assertThat(json.getString("errors[0].extensions.code"), is("NOT_FOUND"));
        assertThat(json.getString("errors[0].message"), containsString("had the slug"));
    }

    @Test
    void nestedWalksKeepTheTime() {
        // from a seed statement to its speaker's statements, and to its subject's statements
        String walk = """
                query($t: DateTime) {
                  statement(slug: "south-korea-to-consider-response-measures", asOf: $t) {
                    speaker { statements { totalCount } country { statements { totalCount } } }
                  }
                  event(slug: "nk-troop-deployment-in-russia", asOf: $t) {
                    participants { actor { slug events(first: 100) { totalCount nodes { slug } } } }
                  }
                }""";
        JsonPath then = data(walk, beforeFirst);
        JsonPath now = data(walk, "2999-01-01T00:00:00Z");
        assertThat(
                now.getInt("data.statement.speaker.statements.totalCount"),
                is(then.getInt("data.statement.speaker.statements.totalCount") + 1));
        List<List<String>> eventsThen = then.getList("data.event.participants.actor.events.nodes.slug");
        List<List<String>> eventsNow = now.getList("data.event.participants.actor.events.nodes.slug");
        eventsThen.forEach(slugs -> assertThat(slugs, not(hasItem("asof-nk-soldiers-in-russia"))));
        assertThat(
                eventsNow.stream()
                        .filter(slugs -> slugs.contains("asof-nk-soldiers-in-russia"))
                        .count(),
                is(2L));
    }

    @Test
    void statementStatsCountAsOf() {
        String stats = """
                query($t: DateTime) {
                  statementStats(asOf: $t, filter: {speaker: "yoon-suk-yeol"}, groupBy: [STANCE]) {
                    total groups { stance count }
                  }
                }""";
        JsonPath then = data(stats, beforeFirst);
        JsonPath now = data(stats, "2999-01-01T00:00:00Z");
        assertThat(now.getInt("data.statementStats.total"), is(then.getInt("data.statementStats.total") + 1));
        assertThat(then.getList("data.statementStats.groups.stance"), not(hasItem("WARN")));
        assertThat(now.getList("data.statementStats.groups.stance"), hasItem("WARN"));
    }

    @Test
    void filtersCountRelatedRowsAsOf() {
        String made = """
                query($t: DateTime) {
                  actors(asOf: $t, filter: {made: {some: {stance: WARN, source: "asof-seoul-count"}}}) {
                    nodes { slug }
                  }
                }""";
        assertThat(data(made, beforeFirst).getList("data.actors.nodes"), is(List.of()));
        assertThat(data(made, "2999-01-01T00:00:00Z").getList("data.actors.nodes.slug"), contains("yoon-suk-yeol"));
    }

    @Test
    void aNewerEstimateSitsBesideTheOlderOneAndLatestPicksIt() {
        String estimates = """
                query($t: DateTime) {
                  event(slug: "asof-nk-soldiers-in-russia", asOf: $t) {
                    ... on Deployment {
                      latestEstimate { troops asOf reportedBy { slug } evidence { source { slug } } }
                      estimates { troops asOf }
                    }
                  }
                }""";
        JsonPath between = data(estimates, betweenIngests);
        assertThat(between.getList("data.event.estimates.troops"), contains(11000));
        assertThat(between.getInt("data.event.latestEstimate.troops"), is(11000));
        JsonPath now = data(estimates, "2999-01-01T00:00:00Z");
        assertThat(now.getList("data.event.estimates.troops"), contains(12000, 11000));
        assertThat(now.getInt("data.event.latestEstimate.troops"), is(12000));
        assertThat(now.getString("data.event.latestEstimate.asOf"), is("2024-11-11"));
        assertThat(now.getString("data.event.latestEstimate.reportedBy.slug"), is("south-korea"));
        assertThat(now.getList("data.event.latestEstimate.evidence.source.slug"), contains("asof-seoul-count"));
    }
}
