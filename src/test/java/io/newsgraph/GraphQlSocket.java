package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client: one WebSocket to /graphql with one subscription on it. Answers the server's pings,
 * so they never stand in for data.
 */
public final class GraphQlSocket implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQlSocket(URI endpoint) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(endpoint.getHost())
                .setPort(endpoint.getPort())
                .setURI(endpoint.getPath())
                .addSubProtocol("graphql-transport-ws");
        socket = vertx.createWebSocketClient()
                .connect(options)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            if ("ping".equals(message.getString("type"))) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else if (!"pong".equals(message.getString("type"))) {
                received.add(message);
            }
        });
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        JsonObject ack = received.poll(10, TimeUnit.SECONDS);
        assertThat("connection_ack", ack == null ? null : ack.getString("type"), is("connection_ack"));
    }

    /** Connects to the endpoint (`/graphql` of the app under test) and subscribes. */
    public static GraphQlSocket subscribe(URI endpoint, String subscription) throws Exception {
        GraphQlSocket client = new GraphQlSocket(endpoint);
        client.socket.writeTextMessage(new JsonObject()
                .put("id", "1")
                .put("type", "subscribe")
                .put("payload", new JsonObject().put("query", subscription))
                .encode());
        Thread.sleep(300); // the subscription is registered asynchronously after the subscribe message
        return client;
    }

    /** The data of the next `next` message (failing on anything else), within 10 s. */
    public JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        assertThat("a message within 10 s", message == null, is(false));
        assertThat(message.encode(), message.getString("type"), is("next"));
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /** The next message if one comes within this time, else null. */
    public JsonObject poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        vertx.close();
    }
}
