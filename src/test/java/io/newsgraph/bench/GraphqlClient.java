package io.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts GraphQL documents over HTTP/1.1 to an endpoint on this machine (loopback only). */
final class GraphqlClient {
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
                    return "HTTP " + status + ": " + errors.get(0).path("message").asText();
                }
            } catch (IOException e) {
                // not JSON: fall through to the raw body
            }
            return "HTTP " + status + ": " + body.substring(0, Math.min(200, body.length()));
        }
    }

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    GraphqlClient(String url, Duration timeout) throws IOException {
        this.endpoint = URI.create(url);
        this.timeout = timeout;
        if (!InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the benchmark only targets this machine (127.0.0.1), not " + url);
        }
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
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

    Answer post(String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Answer(0, "", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", e);
        }
    }
}
