package io.newsgraph.http;

import io.newsgraph.graph.error.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers a request the GraphQL way ({@code {"errors": [...]}}) in the media type the client accepts. */
final class GraphQlErrors {
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private GraphQlErrors() {}

    static boolean wantsGraphQlResponse(RoutingContext ctx) {
        return String.valueOf(ctx.request().getHeader("Accept")).contains(GRAPHQL_RESPONSE);
    }

    /**
     * A request error found in the document (parse, validation, operation choice): 400 for clients that accept
     * application/graphql-response+json, 200 for application/json clients, as the GraphQL-over-HTTP spec says.
     */
    static void requestError(RoutingContext ctx, JsonArray errors) {
        send(ctx, wantsGraphQlResponse(ctx) ? 400 : 200, errors);
    }

    static void requestErrorWithStatus(RoutingContext ctx, int status, JsonArray errors) {
        send(ctx, status, errors);
    }

    /** An error of the HTTP exchange itself (method, media type, size, rate): the status says it for every client. */
    static void transportError(RoutingContext ctx, int status, ErrorCode code, String message) {
        send(ctx, status, new JsonArray().add(error(code, message)));
    }

    static JsonObject error(ErrorCode code, String message) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code.name()));
    }

    private static void send(RoutingContext ctx, int status, JsonArray errors) {
        if (ctx.response().ended()) {
            return;
        }
        String type = wantsGraphQlResponse(ctx) ? GRAPHQL_RESPONSE : "application/json";
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", type + "; charset=utf-8")
                .end(new JsonObject().put("errors", errors).encode());
    }
}
