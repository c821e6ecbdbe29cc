package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The second report (G7 loan to Ukraine, June 2024) through the ingestBundle mutation, next to the seed. */
@QuarkusTest
@TestProfile(WriteProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestBundleTest {

    private static JsonPath ingest(Map<String, Object> bundle, boolean dryRun) {
        return Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle, "dryRun", dryRun))
                .jsonPath();
    }

    private static int count(JsonPath result, String type, String what) {
        return result.getInt("data.ingestBundle.counts.find { it.type == '" + type + "' }." + what);
    }

    @Test
    @Order(1)
    void dryRunCountsButWritesNothing() {
        String before = Bundles.graph();
        JsonPath result = ingest(Bundles.g7(), true);
        assertThat(result.getBoolean("data.ingestBundle.dryRun"), is(true));
        assertThat(count(result, "Statement", "created"), is(7));
        assertThat(count(result, "Event", "created"), is(4));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    @Order(2)
    void secondReportIsIngestedAndLinksToKnownActors() {
        JsonPath result = ingest(Bundles.g7(), false);
        assertThat(result.getString("errors"), is((Object) null));
        assertThat(count(result, "Source", "created"), is(1));
        assertThat(count(result, "Statement", "created"), is(7));
        assertThat(count(result, "Event", "created"), is(4));
        assertThat("g7, italy are new", count(result, "Actor", "created"), is(2));
        assertThat(
                "biden, putin, zelenskyy, the states are known",
                count(result, "Actor", "created")
                        + count(result, "Actor", "updated")
                        + count(result, "Actor", "unchanged"),
                is(9));
    }

    @Test
    @Order(3)
    void ingestingItAgainChangesNothing() {
        String before = Bundles.graph();
        JsonPath result = ingest(Bundles.g7(), false);
        for (Map<String, Object> c : result.<Map<String, Object>>getList("data.ingestBundle.counts")) {
            assertThat(c.get("type") + " created", c.get("created"), is(0));
            assertThat(c.get("type") + " updated", c.get("updated"), is(0));
        }
        assertThat(count(result, "Statement", "unchanged"), is(7));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    @Order(4)
    void actorsInBothReportsHaveStatementsFromBothSources() {
        for (String speaker : List.of("joe-biden", "volodymyr-zelenskyy", "united-states")) {
            JsonPath json = Gql.data(
                    "query($s: String!) { actor(slug: $s) { statements(first: 50) { nodes {"
                            + " slug sources { slug } } } } }",
                    Map.of("s", speaker));
            assertThat(
                    speaker,
                    json.getList("data.actor.statements.nodes.sources.flatten().slug"),
                    hasItems("nk-troop-surge-in-russia", "g7-ukraine-loan-frozen-assets"));
        }
        JsonPath putin = Gql.data("""
                { actor(slug: "vladimir-putin") {
                    statements { nodes { stance sources { slug } } }
                    statementsAbout { nodes { sources { slug } } }
                    statementsAddressed { nodes { speaker { slug } } } } }""");
        assertThat(
                "Putin speaks in the second report",
                putin.getList("data.actor.statements.nodes.stance"),
                containsInAnyOrder("CONDEMN", "THREATEN"));
        assertThat(
                "and is spoken about in the first",
                putin.getList("data.actor.statementsAbout.nodes.sources.flatten().slug"),
                hasItem("nk-troop-surge-in-russia"));
        assertThat(putin.getList("data.actor.statementsAddressed.nodes.speaker.slug"), hasItem("joe-biden"));
        JsonPath china = Gql.data("{ actor(slug: \"china\") { statementsAddressed { nodes { speaker { slug } } } } }");
        assertThat(
                "the US urged China, the G7 voiced concern to it",
                china.getList("data.actor.statementsAddressed.nodes.speaker.slug"),
                hasItems("united-states", "g7"));
    }

    @Test
    @Order(5)
    void newEventKindsAreServed() {
        JsonPath json = Gql.data("""
                { sanction: events(filter: {kind: SANCTION}) { nodes { slug startedOn participants { role actor { slug
                } } } }
                  aid: events(filter: {kind: AID}) { nodes { slug partOf { slug } } }
                  agreement: events(filter: {kind: AGREEMENT}) { nodes { slug participants { actor { slug } } } } }""");
        assertThat(json.getString("data.sanction.nodes[0].startedOn"), is("2024-06-12"));
        assertThat(
                json.getList("data.sanction.nodes[0].participants.actor.slug"),
                containsInAnyOrder("united-states", "russia"));
        assertThat(json.getString("data.aid.nodes[0].partOf.slug"), is("g7-summit-apulia-2024"));
        assertThat(
                json.getList("data.agreement.nodes[0].participants.actor.slug"),
                containsInAnyOrder("united-states", "ukraine"));
    }

    @Test
    @Order(6)
    void historyRecordsWhoIngestedWhatThroughWhichBundle() {
        String id = Gql.data("{ actor(slug: \"g7\") { id } }").getString("data.actor.id");
        JsonPath json = Gql.data(
                "query($id: ID!) { history(id: $id) { operation type user via before after at } }", Map.of("id", id));
        assertThat(json.getList("data.history").size(), is(1));
        assertThat(json.getString("data.history[0].operation"), is("CREATE"));
        assertThat(json.getString("data.history[0].type"), is("Actor"));
        assertThat(json.getString("data.history[0].user"), is("editor"));
        assertThat(json.getString("data.history[0].via"), is("ingestBundle bundle:g7-ukraine-loan-frozen-assets"));
        assertThat(json.getString("data.history[0].before"), is((Object) null));
        assertThat(json.getString("data.history[0].after"), containsString("\"name\":\"Group of Seven\""));
        String seedActor = Gql.data("{ actor(slug: \"nato\") { id } }").getString("data.actor.id");
        JsonPath seed = Gql.data("query($id: ID!) { history(id: $id) { user via } }", Map.of("id", seedActor));
        assertThat(seed.getString("data.history[0].user"), is("system"));
        assertThat(seed.getString("data.history[0].via"), startsWith("startup"));
    }

    @Test
    @Order(7)
    void aBadBundleIsRejectedWithEveryProblemAndChangesNothing() {
        String before = Bundles.graph();
        Map<String, Object> bad = new HashMap<>(Bundles.g7());
        bad.put(
                "statements",
                List.of(Map.of(
                        "slug",
                        "Not A Slug",
                        "speaker",
                        "nobody-known",
                        "stance",
                        "WARN",
                        "subject",
                        Map.of("event", "no-such-event"),
                        "summary",
                        "x",
                        "evidence",
                        List.of(Map.of("text", "words that are not in the text")))));
        JsonPath json = ingest(bad, false);
        assertThat(json.getString("errors[0].extensions.code"), is("VALIDATION"));
        assertThat(json.getString("errors[0].message"), containsString("nothing was written"));
        List<String> paths = json.getList("errors[0].extensions.problems.path");
        assertThat(paths, hasItems("statements[0].slug"));
        json = ingest(
                Map.of(
                        "sources",
                        Bundles.g7().get("sources"),
                        "statements",
                        List.of(Map.of(
                                "slug",
                                "bad-refs",
                                "speaker",
                                "nobody-known",
                                "stance",
                                "WARN",
                                "subject",
                                Map.of("event", "no-such-event"),
                                "summary",
                                "x",
                                "evidence",
                                List.of(Map.of("text", "words that are not in the text")))),
                        "format",
                        "newsgraph-bundle/1"),
                false);
        assertThat(
                json.getList("errors[0].extensions.problems.path"),
                containsInAnyOrder(
                        "statements[0].speaker", "statements[0].subject.event", "statements[0].evidence[0].text"));
        assertThat(
                json.getList("errors[0].extensions.problems.code"),
                containsInAnyOrder("NOT_FOUND", "NOT_FOUND", "SPAN_NOT_FOUND"));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    @Order(8)
    void aValueOfTheWrongTypeIsNamedByItsPlaceInTheBundle() {
        String before = Bundles.graph();
        Map<String, Object> source =
                new HashMap<>(((List<Map<String, Object>>) Bundles.g7().get("sources")).get(0));
        source.put("publishedOn", "2024-06-13T18:00:00Z");
        JsonPath json = ingest(Map.of("sources", List.of(source)), false);
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                json.getString("errors[0].message"),
                is("Variable 'bundle' has an invalid value at"
                        + " bundle.sources[0].publishedOn: expected a date, YYYY-MM-DD, got '2024-06-13T18:00:00Z'"));

        Map<String, Object> event = Map.of(
                "slug",
                "x-joins",
                "kind",
                "ACCESSION",
                "title",
                "X joins",
                "status",
                "HAPPENED",
                "locations",
                List.of("apulia"),
                "evidence",
                List.of(Map.of("text", "G7")));
        json = ingest(Map.of("events", List.of(event)), false);
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(json.getString("errors[0].message"), containsString("at bundle.events[0]."));
        assertThat(json.getString("errors[0].message"), not(containsString("io.newsgraph")));
        json = ingest(
                Map.of(
                        "events",
                        List.of(Map.of(
                                "slug",
                                "x-joins",
                                "kind",
                                "ACCESSION",
                                "title",
                                "X joins",
                                "status",
                                "HAPPENED",
                                "evidence",
                                List.of(Map.of("text", "G7"))))),
                false);
        assertThat(
                json.getString("errors[0].message"),
                containsString("at bundle.events[0].kind: 'ACCESSION' is not"
                        + " a value of enum 'EventKind' (EventKind is one of: AGREEMENT, AID,"));
        json = ingest(
                Map.of(
                        "events",
                        List.of(Map.of(
                                "slug",
                                "x-joins",
                                "kind",
                                "AGREEMENT",
                                "title",
                                "X joins",
                                "status",
                                "HAPPENED",
                                "locations",
                                List.of("apulia"),
                                "evidence",
                                List.of(Map.of("text", "G7"))))),
                false);
        assertThat(
                json.getString("errors[0].message"),
                containsString("at bundle.events[0].locations[0]: expected an" + " object (StopInput), got 'apulia'"));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    @Order(9)
    void onlyMissingReferencesMakeANotFoundError() {
        JsonPath json = ingest(
                Map.of(
                        "actors",
                        List.of(Map.of(
                                "slug",
                                "orphan-minister",
                                "name",
                                "Orphan Minister",
                                "kind",
                                "PERSON",
                                "country",
                                "atlantis"))),
                false);
        assertThat(json.getString("errors[0].extensions.code"), is("NOT_FOUND"));
        assertThat(json.getString("errors[0].extensions.problems[0].path"), is("actors[0].country"));
    }
}
