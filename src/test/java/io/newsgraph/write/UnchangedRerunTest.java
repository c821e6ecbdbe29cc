package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.newsgraph.Gql;
import io.newsgraph.SqlCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bundle loaded again changes only what differs, and records every change. Loading an unchanged bundle again reads
 * what it holds in a few queries per kind, however many events, roles and
 * estimates it has: one query per stored item made a rerun of 21 bundles cost as much as their first load.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class UnchangedRerunTest {
    @Inject
    SqlCounter sql;

    @Test
    void anUnchangedBundleCostsTheSameQueriesWhateverItsSize() {
        Map<String, Object> small = bundle("rerun-small", 2);
        Map<String, Object> large = bundle("rerun-large", 24);
        assertCreated(ingest(small), 2);
        assertCreated(ingest(large), 24);

        long smallRerun = sql.count(() -> assertUnchanged(ingest(small), 2));
        long largeRerun = sql.count(() -> assertUnchanged(ingest(large), 24));

        assertThat("SQL statements to load the 2-event bundle again", smallRerun, lessThanOrEqualTo(30L));
        assertThat(
                "SQL statements to load the 24-event bundle again (2 events: " + smallRerun + ")",
                largeRerun,
                is(smallRerun));
    }

    @Test
    void aBundleThatOnlyLinksStoredEventsUpdatesThemWithTheirHistory() {
        Map<String, Object> first = bundle("rerun-links", 2);
        assertCreated(ingest(first), 2);
        String later = "rerun-links-deployment-1";
        Map<String, Object> link = Map.of(
                "events",
                List.of(Map.of(
                        "slug",
                        later,
                        "kind",
                        "DEPLOYMENT",
                        "title",
                        "Army 1 deployed",
                        "status",
                        "ONGOING",
                        "follows",
                        "rerun-links-deployment-0",
                        "evidence",
                        List.of(Map.of(
                                "source",
                                "rerun-links",
                                "text",
                                "Army rerun-links 1 sent about 101 troops to base 1.")))));

        JsonPath result = ingest(link);

        assertThat(result.prettify(), result.getString("errors"), is((Object) null));
        assertThat(result.prettify(), count(result, "Event", "updated"), is(1));
        JsonPath event = Gql.data("query($s: String!) { event(slug: $s) { id follows { slug } } }", Map.of("s", later));
        assertThat(event.getString("data.event.follows.slug"), is("rerun-links-deployment-0"));
        String id = event.getString("data.event.id");
        List<String> operations = Gql.data("query($id: ID!) { history(id: $id) { operation } }", Map.of("id", id))
                .getList("data.history.operation");
        assertThat(operations.toString(), operations.size(), is(2));
        JsonPath again = ingest(link);
        assertThat(again.prettify(), count(again, "Event", "unchanged"), is(1));
    }

    private static JsonPath ingest(Map<String, Object> bundle) {
        return Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle, "dryRun", false))
                .jsonPath();
    }

    private static void assertCreated(JsonPath result, int events) {
        assertThat(result.prettify(), result.getString("errors"), is((Object) null));
        assertThat(count(result, "Event", "created"), is(events));
        assertThat(count(result, "Role", "created"), is(events));
        assertThat(count(result, "Estimate", "created"), is(events));
    }

    private static void assertUnchanged(JsonPath result, int events) {
        assertThat(result.prettify(), result.getString("errors"), is((Object) null));
        for (Map<String, Object> c : result.<Map<String, Object>>getList("data.ingestBundle.counts")) {
            assertThat(c.get("type") + " created", c.get("created"), is(0));
            assertThat(c.get("type") + " updated", c.get("updated"), is(0));
        }
        assertThat(count(result, "Event", "unchanged"), is(events));
        assertThat(count(result, "Statement", "unchanged"), is(events));
    }

    private static int count(JsonPath result, String type, String what) {
        return result.getInt("data.ingestBundle.counts.find { it.type == '" + type + "' }." + what);
    }

    /** Per event: a general and an army (with the general's role), a base, the deployment with an estimate. */
    private static Map<String, Object> bundle(String name, int events) {
        StringBuilder text = new StringBuilder();
        List<Object> actors = new ArrayList<>();
        List<Object> locations = new ArrayList<>();
        List<Object> roles = new ArrayList<>();
        List<Object> deployments = new ArrayList<>();
        List<Object> statements = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String general = name + "-general-" + i;
            String army = name + "-army-" + i;
            String base = name + "-base-" + i;
            String deployment = name + "-deployment-" + i;
            String role = "General " + name + " " + i + " commands army " + i + ".";
            String sent = "Army " + name + " " + i + " sent about " + (100 + i) + " troops to base " + i + ".";
            String said = "General " + name + " " + i + " said the move was routine.";
            text.append(role).append(' ').append(sent).append(' ').append(said).append('\n');
            actors.add(Map.of("slug", general, "name", "General " + name + " " + i, "kind", "PERSON"));
            actors.add(Map.of("slug", army, "name", "Army " + name + " " + i, "kind", "MILITARY"));
            locations.add(Map.of("slug", base, "name", "Base " + name + " " + i, "kind", "AREA"));
            roles.add(Map.of(
                    "person",
                    general,
                    "organization",
                    army,
                    "title",
                    "Commander",
                    "evidence",
                    List.of(Map.of("text", role))));
            deployments.add(Map.of(
                    "slug",
                    deployment,
                    "kind",
                    "DEPLOYMENT",
                    "title",
                    "Army " + i + " deployed",
                    "status",
                    "ONGOING",
                    "sender",
                    army,
                    "host",
                    army,
                    "locations",
                    List.of(Map.of("location", base)),
                    "estimates",
                    List.of(Map.of(
                            "troops",
                            100 + i,
                            "qualifier",
                            "ABOUT",
                            "reportedBy",
                            army,
                            "evidence",
                            List.of(Map.of("text", sent)))),
                    "evidence",
                    List.of(Map.of("text", sent))));
            statements.add(Map.of(
                    "slug",
                    name + "-statement-" + i,
                    "speaker",
                    general,
                    "stance",
                    "CHARACTERIZE",
                    "subject",
                    Map.of("event", deployment),
                    "summary",
                    "The general called the deployment routine.",
                    "evidence",
                    List.of(Map.of("text", said))));
        }
        return Map.of(
                "sources",
                List.of(Map.of("slug", name, "title", "Report " + name, "text", text.toString())),
                "actors",
                actors,
                "locations",
                locations,
                "roles",
                roles,
                "events",
                deployments,
                "statements",
                statements);
    }
}
