package io.newsgraph.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * query, operationName, variables and extensions of a GraphQL request, from the URL (GET) or the body (POST);
 * {@code malformed} says why a request is not a GraphQL-over-HTTP request at all (null when it is one).
 */
record GraphQlHttpRequest(
        String query, String operationName, Map<String, Object> variables, JsonObject extensions, String malformed) {

    /** A graphql-transport-ws upgrade: subscriptions have their own protocol and skip the HTTP request rules. */
    static boolean isWebSocketUpgrade(RoutingContext ctx) {
        return "websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"));
    }

    private static final String KEY = GraphQlHttpRequest.class.getName();

    /** The request, read once per HTTP request and shared by the guards (see {@link #forget}). */
    static GraphQlHttpRequest of(RoutingContext ctx) {
        GraphQlHttpRequest request = ctx.get(KEY);
        if (request == null) {
            request = read(ctx);
            ctx.put(KEY, request);
        }
        return request;
    }

    /** To be called when a guard rewrites the request, so the next reader sees the new one. */
    static void forget(RoutingContext ctx) {
        ctx.remove(KEY);
    }

    private static GraphQlHttpRequest read(RoutingContext ctx) {
        if (HttpMethod.GET.equals(ctx.request().method())) {
            JsonObject variables = json(ctx.request().getParam("variables"));
            JsonObject extensions = json(ctx.request().getParam("extensions"));
            if (variables == null || extensions == null) {
                return bad("variables and extensions must be JSON objects");
            }
            return checked(
                    ctx.request().getParam("query"), ctx.request().getParam("operationName"), variables, extensions);
        }
        String type = String.valueOf(ctx.request().getHeader("Content-Type"));
        if (type.startsWith("application/graphql")) {
            return checked(ctx.body().asString(), null, new JsonObject(), new JsonObject());
        }
        JsonObject body = json(ctx.body().asString());
        if (body == null) {
            return bad("The body must be a JSON object with a query");
        }
        Object query = body.getValue("query");
        Object name = body.getValue("operationName");
        Object variables = body.getValue("variables");
        Object extensions = body.getValue("extensions");
        if ((query != null && !(query instanceof String))
                || (name != null && !(name instanceof String))
                || (variables != null && !(variables instanceof JsonObject))
                || (extensions != null && !(extensions instanceof JsonObject))) {
            return bad("query and operationName must be strings, variables and extensions JSON objects");
        }
        return checked(
                (String) query,
                (String) name,
                variables == null ? new JsonObject() : (JsonObject) variables,
                extensions == null ? new JsonObject() : (JsonObject) extensions);
    }

    private static GraphQlHttpRequest checked(String query, String name, JsonObject variables, JsonObject extensions) {
        boolean blank = query == null || query.isBlank();
        if (blank && !extensions.containsKey("persistedQuery")) {
            return bad("The request has no query");
        }
        return new GraphQlHttpRequest(
                blank ? null : query,
                name == null || name.isBlank() ? null : name,
                variables.getMap(),
                extensions,
                null);
    }

    private static GraphQlHttpRequest bad(String why) {
        return new GraphQlHttpRequest(null, null, Map.of(), new JsonObject(), why);
    }

    /** The JSON object in text, an empty one for no text, null when the text is not a JSON object. */
    private static JsonObject json(String text) {
        if (text == null || text.isBlank()) {
            return new JsonObject();
        }
        try {
            return new JsonObject(text);
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }
}
