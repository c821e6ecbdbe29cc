package io.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/** Posts GraphQL documents over HTTP/1.1 to an endpoint on this machine (loopback only). */
final class GraphqlClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What came back: HTTP status and body, or the exception that prevented one. */
    record Answer(int status, String body, Exception failure) {
        boolean ok() {
            return failure == null && status == 200 && !body.contains("\"errors\"");
        }

        String problem() {
            if (failure != null) {
                return failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
            try {
                JsonNode errors = JSON.readTree(body).path("errors");
                if (errors.isArray() && !errors.isEmpty()) {
                    return "HTTP " + status + ": "
                            + errors.get(0).path("message").asText();
                }
            } catch (IOException e) {
                // not JSON: fall through to the raw body
            }
            return "HTTP " + status + ": " + body.substring(0, Math.min(200, body.length()));
        }
    }

    private final URI endpoint;
    private final long timeoutMillis;
    private final Vertx vertx;
    private final HttpClient http;

    /**
     * Vert.x' client on one event loop: the JDK's HttpClient spent about as much CPU per request as the service did,
     * so on this 2-core machine the benchmark measured its own client as much as the server (measured 2026-11-27 at
     * commit d22ee34, docs/benchmark.md).
     */
    GraphqlClient(String url, Duration timeout, int connections) throws IOException {
        this.endpoint = URI.create(url);
        this.timeoutMillis = timeout.toMillis();
        if (!InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the benchmark only targets this machine (127.0.0.1), not " + url);
        }
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        this.http = vertx.createHttpClient(
                new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setKeepAlive(true)
                        .setConnectTimeout((int) timeoutMillis)
                        .setDefaultHost(endpoint.getHost())
                        .setDefaultPort(endpoint.getPort()),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    /** A request body: the query as a JSON string plus variables already written as JSON. */
    static String body(String query, String variablesJson) {
        try {
            return "{\"query\":" + JSON.writeValueAsString(query)
                    + (variablesJson == null ? "" : ",\"variables\":" + variablesJson) + "}";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the body and waits for the whole answer (one connection per waiting caller, kept alive). */
    Answer post(String body) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setURI(endpoint.getRawPath())
                .setTimeout(timeoutMillis)
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json");
        try {
            return http.request(request)
                    .compose(r -> r.send(Buffer.buffer(body)))
                    .compose(
                            response -> response.body().map(b -> new Answer(response.statusCode(), b.toString(), null)))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
        } catch (ExecutionException e) {
            return new Answer(0, "", e.getCause() instanceof Exception cause ? cause : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", e);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
