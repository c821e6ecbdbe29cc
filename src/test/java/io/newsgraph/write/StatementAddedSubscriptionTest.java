package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.newsgraph.GraphQlSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real graphql-transport-ws client subscribes, then an ingest commits: the new statements arrive, and only those. */
@QuarkusTest
@TestProfile(WriteProfile.class)
class StatementAddedSubscriptionTest {
    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void committedStatementsArriveFilteredAndRejectedOrDryRunWritesSendNothing() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.subscribe(
                        endpoint,
                        "subscription { statementAdded(filter:"
                                + " {speaker: \"mut-live-speaker\"}) { slug stance speaker subject sources } }");
                GraphQlSocket byText = GraphQlSocket.subscribe(
                        endpoint, "subscription { statementAdded(filter: {text: \"another one\"}) { slug } }")) {
            String source = "nk-troop-surge-in-russia";
            Map<String, Object> statement = Map.of(
                    "slug",
                    "live-1",
                    "speaker",
                    "mut-live-speaker",
                    "stance",
                    "CONDEMN",
                    "subject",
                    Map.of("event", "nk-russia-military-cooperation"),
                    "summary",
                    "Condemned it.",
                    "evidence",
                    List.of(Map.of("source", source, "text", "condemned the military collaboration")));
            Map<String, Object> speaker = Map.of("slug", "mut-live-speaker", "name", "Live Speaker", "kind", "PERSON");
            Map<String, Object> other = Map.of(
                    "slug",
                    "live-other",
                    "speaker",
                    "yoon-suk-yeol",
                    "stance",
                    "CONDEMN",
                    "subject",
                    Map.of("event", "nk-russia-military-cooperation"),
                    "summary",
                    "Another one.",
                    "evidence",
                    List.of(Map.of("source", source, "text", "condemned the military collaboration")));

            JsonPath dry = Gql.postAs(
                            "editor",
                            Bundles.INGEST,
                            Map.of(
                                    "bundle",
                                    Map.of("actors", List.of(speaker), "statements", List.of(statement)),
                                    "dryRun",
                                    true))
                    .jsonPath();
            assertThat(dry.getBoolean("data.ingestBundle.dryRun"), is(true));
            JsonPath rejected = Gql.postAs(
                            "editor", Bundles.INGEST, Map.of("bundle", Map.of("statements", List.of(statement))))
                    .jsonPath();
            assertThat(rejected.getString("errors[0].extensions.code"), is("NOT_FOUND"));
            JsonPath done = Gql.postAs(
                            "editor",
                            Bundles.INGEST,
                            Map.of(
                                    "bundle",
                                    Map.of("actors", List.of(speaker), "statements", List.of(other, statement))))
                    .jsonPath();
            assertThat(done.getString("errors"), nullValue());

            JsonObject added = socket.next().getJsonObject("statementAdded");
            assertThat(
                    "the dry run and the rejection sent nothing, the filter dropped live-other",
                    added.getString("slug"),
                    is("live-1"));
            assertThat(added.getString("speaker"), is("mut-live-speaker"));
            assertThat(added.getString("subject"), is("nk-russia-military-cooperation"));
            assertThat(added.getJsonArray("sources").getList(), is(List.of(source)));
            assertThat("nothing else", socket.poll(500), nullValue());
            assertThat(
                    "every condition of the filter applies, text too",
                    byText.next().getJsonObject("statementAdded").getString("slug"),
                    is("live-other"));
            assertThat("nothing else by text", byText.poll(500), nullValue());
        }
    }
}
