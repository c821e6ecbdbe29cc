import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A minimal graphql-transport-ws client on the JDK's own WebSocket (no libraries), for scripts:
 *
 *   java src/test/scripts/Subscribe.java ws://127.0.0.1:8080/graphql 'subscription { graphChanged { via } }' 1 30
 *
 * Subscribes, prints "subscribed" on stderr once the server acknowledged the connection and the subscription was
 * sent, then prints each `next` message (one JSON object per line: `.payload.data` holds the event) on stdout and
 * "received at <epoch ms>" on stderr. Exits 0
 * after COUNT messages, 1 on an error message, 2 when TIMEOUT seconds pass first.
 */
public class Subscribe {
    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String query = args[1];
        int count = Integer.parseInt(args[2]);
        long timeout = Long.parseLong(args[3]);
        CountDownLatch received = new CountDownLatch(count);
        StringBuilder partial = new StringBuilder();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    handle(socket, partial.toString(), query, received);
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }
        };
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(endpoint, listener).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\"}", true);
        boolean done = received.await(timeout, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        System.exit(done ? 0 : 2);
    }

    private static void handle(WebSocket socket, String message, String query, CountDownLatch received) {
        String type = message.replaceAll("(?s).*\"type\"\\s*:\\s*\"([a-z_]+)\".*", "$1");
        switch (type) {
            case "connection_ack" -> {
                socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + escape(query)
                        + "\"}}", true).join();
                sleepQuietly(300); // the server registers the subscription asynchronously
                System.err.println("subscribed");
            }
            case "ping" -> socket.sendText("{\"type\":\"pong\"}", true);
            case "next" -> {
                System.out.println(message.replace("\n", " "));
                System.out.flush();
                System.err.println("received at " + System.currentTimeMillis());
                received.countDown();
            }
            case "error" -> {
                System.out.println(message);
                System.exit(1);
            }
            default -> {
            }
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
