package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real graphql-transport-ws client subscribes, then an ingest commits: the new statements arrive, and only those. */
@QuarkusTest
@TestProfile(WriteProfile.class)
class StatementAddedSubscriptionTest {
    @TestHTTPResource("/graphql")
    URI endpoint;

    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        vertx.close();
    }

    private WebSocket subscribe(String query) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        assertThat(next().getString("type"), is("connection_ack"));
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query)).encode());
        Thread.sleep(300); // the subscription is registered asynchronously after the subscribe message
        return socket;
    }

    private JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        assertThat("a message within 10 s", message == null, is(false));
        return message;
    }

    @Test
    void committedStatementsArriveFilteredAndRejectedOrDryRunWritesSendNothing() throws Exception {
        subscribe("subscription { statementAdded(filter: {speaker: \"mut-live-speaker\"}) { slug stance speaker subject sources } }");
        String source = "nk-troop-surge-in-russia";
        Map<String, Object> statement = Map.of("slug", "live-1", "speaker", "mut-live-speaker", "stance", "CONDEMN",
                "subject", Map.of("event", "nk-russia-military-cooperation"), "summary", "Condemned it.",
                "evidence", List.of(Map.of("source", source, "text", "condemned the military collaboration")));
        Map<String, Object> speaker = Map.of("slug", "mut-live-speaker", "name", "Live Speaker", "kind", "PERSON");
        Map<String, Object> other = Map.of("slug", "live-other", "speaker", "yoon-suk-yeol", "stance", "CONDEMN",
                "subject", Map.of("event", "nk-russia-military-cooperation"), "summary", "Another one.",
                "evidence", List.of(Map.of("source", source, "text", "condemned the military collaboration")));

        JsonPath dry = Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", Map.of("actors", List.of(speaker),
                "statements", List.of(statement)), "dryRun", true)).jsonPath();
        assertThat(dry.getBoolean("data.ingestBundle.dryRun"), is(true));
        JsonPath rejected = Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", Map.of("statements",
                List.of(statement)))).jsonPath();
        assertThat(rejected.getString("errors[0].extensions.code"), is("NOT_FOUND"));
        JsonPath done = Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", Map.of("actors", List.of(speaker),
                "statements", List.of(other, statement)))).jsonPath();
        assertThat(done.getString("errors"), nullValue());

        JsonObject message = next();
        assertThat(message.encode(), message.getString("type"), is("next"));
        JsonObject added = message.getJsonObject("payload").getJsonObject("data").getJsonObject("statementAdded");
        assertThat("the dry run and the rejection sent nothing, the filter dropped live-other",
                added.getString("slug"), is("live-1"));
        assertThat(added.getString("speaker"), is("mut-live-speaker"));
        assertThat(added.getString("subject"), is("nk-russia-military-cooperation"));
        assertThat(added.getJsonArray("sources").getList(), is(List.of(source)));
        assertThat("nothing else", received.poll(500, TimeUnit.MILLISECONDS), nullValue());
    }
}
