package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.Gql;
import io.newsgraph.GraphQlSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * graphChanged over a real graphql-transport-ws connection: one event per committed write with counts and global ids
 * per type and operation, filtered by type; nothing for rejected or dry-run writes, nothing twice (on PostgreSQL the
 * writing instance hears its own write through LISTEN/NOTIFY only).
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class GraphChangedSubscriptionTest {
    private static final String FIELDS = "{ at user via changes { type operation count ids } }";
    private static final String SOURCE = "nk-troop-surge-in-russia";
    private static final String QUOTE = "condemned the military collaboration";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void eachCommittedWriteArrivesOnceWithWhatItChangedPerType() throws Exception {
        try (GraphQlSocket all = GraphQlSocket.subscribe(endpoint, "subscription { graphChanged " + FIELDS + " }");
                GraphQlSocket actors = GraphQlSocket.subscribe(
                        endpoint, "subscription { graphChanged(types: [ACTOR]) " + FIELDS + " }");
                GraphQlSocket places = GraphQlSocket.subscribe(
                        endpoint, "subscription { graphChanged(types: [LOCATION]) " + FIELDS + " }")) {
            Map<String, Object> speaker = Map.of("slug", "gc-speaker", "name", "Change Speaker", "kind", "PERSON");
            Map<String, Object> bundle = Map.of("actors", List.of(speaker), "statements", List.of(statement("gc-1")));
            String createActor = "mutation($actor: ActorInput!) { createActor(actor: $actor) { slug } }";

            // refused writes first: none of them may send anything
            assertThat(
                    Gql.postAs("reader", createActor, Map.of("actor", speaker))
                            .jsonPath()
                            .getString("errors[0].extensions.code"),
                    is("FORBIDDEN"));
            assertThat(
                    Gql.postAs(
                                    "editor",
                                    createActor,
                                    Map.of("actor", Map.of("slug", "Not A Slug", "name", "X", "kind", "PERSON")))
                            .jsonPath()
                            .getString("errors[0].extensions.code"),
                    is("VALIDATION"));
            assertThat(
                    Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle, "dryRun", true))
                            .jsonPath()
                            .getBoolean("data.ingestBundle.dryRun"),
                    is(true));

            ingest(bundle);
            JsonObject ingested = all.next().getJsonObject("graphChanged");
            assertThat("the refused writes sent nothing", ingested.getString("user"), is("editor"));
            assertThat(ingested.getString("via"), startsWith("ingestBundle"));
            assertThat(ingested.getString("at").isEmpty(), is(false));
            JsonArray changes = ingested.getJsonArray("changes");
            assertThat(summary(changes), is(List.of("ACTOR CREATE 1", "STATEMENT CREATE 1")));
            List<String> ids = new ArrayList<>();
            changes.forEach(c -> ids.addAll(((JsonObject) c).getJsonArray("ids").getList()));
            JsonPath refetched = Gql.data(
                    "query($ids: [String!]!) { nodes(ids: $ids) { ... on Actor { slug }"
                            + " ... on Statement { slug } } }",
                    Map.of("ids", ids));
            assertThat(
                    "the ids refetch what was written",
                    refetched.getList("data.nodes.slug"),
                    is(List.of("gc-speaker", "gc-1")));
            assertThat(
                    "only the ACTOR entry",
                    summary(actors.next().getJsonObject("graphChanged").getJsonArray("changes")),
                    is(List.of("ACTOR CREATE 1")));

            int version =
                    Gql.data("{ actor(slug: \"gc-speaker\") { version } }").getInt("data.actor.version");
            JsonPath updated = Gql.postAs(
                            "editor",
                            "mutation($v: Int!, $a: ActorInput!) { updateActor(slug:"
                                    + " \"gc-speaker\", version: $v, actor: $a) { version } }",
                            Map.of(
                                    "v",
                                    version,
                                    "a",
                                    Map.of(
                                            "slug",
                                            "gc-speaker",
                                            "name",
                                            "Change Speaker",
                                            "kind",
                                            "PERSON",
                                            "description",
                                            "New.")))
                    .jsonPath();
            assertThat(updated.getString("errors"), nullValue());
            JsonObject update = all.next().getJsonObject("graphChanged");
            assertThat(update.getString("via"), is("updateActor"));
            assertThat(summary(update.getJsonArray("changes")), is(List.of("ACTOR UPDATE 1")));
            assertThat(
                    update.getJsonArray("changes")
                            .getJsonObject(0)
                            .getJsonArray("ids")
                            .getList(),
                    is(List.of(ids.get(0))));
            assertThat(
                    summary(actors.next().getJsonObject("graphChanged").getJsonArray("changes")),
                    is(List.of("ACTOR UPDATE 1")));

            assertThat(
                    Gql.postAs("admin", "mutation { deleteStatement(slug: \"gc-1\") { deleted } }", null)
                            .jsonPath()
                            .getString("errors"),
                    nullValue());
            JsonObject deleted = all.next().getJsonObject("graphChanged");
            assertThat(deleted.getString("user"), is("admin"));
            assertThat(summary(deleted.getJsonArray("changes")), is(List.of("STATEMENT DELETE 1")));

            ingest(Map.of(
                    "actors",
                    List.of(Map.of("slug", "gc-speaker-twin", "name", "Change Speaker Twin", "kind", "PERSON"))));
            assertThat(
                    summary(all.next().getJsonObject("graphChanged").getJsonArray("changes")),
                    is(List.of("ACTOR CREATE 1")));
            assertThat(
                    summary(actors.next().getJsonObject("graphChanged").getJsonArray("changes")),
                    is(List.of("ACTOR CREATE 1")));
            assertThat(
                    Gql.postAs(
                                    "admin",
                                    "mutation { mergeActors(keep: \"gc-speaker\", remove: \"gc-speaker-twin\")"
                                            + " { slug } }",
                                    null)
                            .jsonPath()
                            .getString("errors"),
                    nullValue());
            JsonObject merged = actors.next().getJsonObject("graphChanged");
            assertThat(merged.getString("via"), is("mergeActors"));
            assertThat(
                    "both actors of the merge", summary(merged.getJsonArray("changes")), is(List.of("ACTOR MERGE 2")));
            all.next();

            JsonPath place = Gql.postAs(
                            "editor",
                            "mutation { createLocation(location: {slug: \"gc-place\","
                                    + " name: \"Change Place\", kind: CITY}) { slug } }",
                            null)
                    .jsonPath();
            assertThat(place.getString("errors"), nullValue());
            assertThat(
                    "LOCATION subscribers hear only this write",
                    summary(places.next().getJsonObject("graphChanged").getJsonArray("changes")),
                    is(List.of("LOCATION CREATE 1")));
            all.next();

            assertThat("nothing twice", all.poll(700), nullValue());
            assertThat(actors.poll(100), nullValue());
            assertThat(places.poll(100), nullValue());
        }
    }

    @Test
    void aLargeWriteCountsEveryObjectAndListsTheFirstFiftyIds() throws Exception {
        try (GraphQlSocket statements = GraphQlSocket.subscribe(
                endpoint,
                "subscription { graphChanged(types: [STATEMENT]) { changes { type operation count ids } } }")) {
            // a speaker of their own, so other write tests' pages of yoon-suk-yeol's statements stay as they were
            ingest(Map.of(
                    "actors",
                    List.of(Map.of("slug", "gc-bulk-speaker", "name", "Bulk Speaker", "kind", "PERSON")),
                    "statements",
                    IntStream.range(0, 60)
                            .mapToObj(i -> statement("gc-many-" + i))
                            .toList()));
            JsonObject change = statements
                    .next()
                    .getJsonObject("graphChanged")
                    .getJsonArray("changes")
                    .getJsonObject(0);
            assertThat(change.getInteger("count"), is(60));
            assertThat(change.getJsonArray("ids").size(), is(50));
        }
    }

    private static Map<String, Object> statement(String slug) {
        return Map.of(
                "slug",
                slug,
                "speaker",
                slug.equals("gc-1") ? "gc-speaker" : "gc-bulk-speaker",
                "stance",
                "CONDEMN",
                "subject",
                Map.of("event", "nk-russia-military-cooperation"),
                "summary",
                "Condemned it.",
                "evidence",
                List.of(Map.of("source", SOURCE, "text", QUOTE)));
    }

    private static void ingest(Map<String, Object> bundle) {
        JsonPath done =
                Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle)).jsonPath();
        assertThat(done.prettify(), done.getString("errors"), nullValue());
    }

    private static List<String> summary(JsonArray changes) {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> {
            JsonObject change = (JsonObject) c;
            lines.add(
                    change.getString("type") + " " + change.getString("operation") + " " + change.getInteger("count"));
        });
        return lines;
    }
}
