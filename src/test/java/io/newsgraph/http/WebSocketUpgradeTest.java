package io.newsgraph.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own WebSocket client sends `Content-Length: 0` with its upgrade request; the body limit must not read
 * that empty body, or SmallRye no longer upgrades the request and answers 400 "Missing operation body".
 */
@QuarkusTest
class WebSocketUpgradeTest {
    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void theJdkWebSocketClientGetsAGraphqlTransportWsConnection() throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(ws, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        first.complete(data.toString());
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(socket.getSubprotocol(), is("graphql-transport-ws"));
        socket.sendText("{\"type\":\"connection_init\"}", true).get(10, TimeUnit.SECONDS);
        assertThat(first.get(10, TimeUnit.SECONDS), containsString("connection_ack"));
        socket.abort();
    }
}
