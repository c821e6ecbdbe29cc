package io.newsgraph.http;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a GraphQL document that does not parse with the parser's own message and location and
 * {@code extensions.code = GRAPHQL_PARSE_FAILED}, before SmallRye GraphQL (which only says "Unparseable input
 * document"). Well-formed requests pass through untouched.
 */
@ApplicationScoped
public class SyntaxGuard {
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    void register(@Observes Router router) {
        router.route("/graphql").order(-200).handler(BodyHandler.create());
        router.route("/graphql").order(-199).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String query = query(ctx);
        if (query != null) {
            try {
                Parser.parse(query);
            } catch (InvalidSyntaxException e) {
                reject(ctx, e);
                return;
            }
        }
        ctx.next();
    }

    private static String query(RoutingContext ctx) {
        String fromUrl = ctx.request().getParam("query");
        if (fromUrl != null) {
            return fromUrl;
        }
        String type = ctx.request().getHeader("Content-Type");
        if (ctx.body() == null || ctx.body().length() == 0 || type == null) {
            return null;
        }
        if (type.startsWith("application/graphql")) {
            return ctx.body().asString();
        }
        if (type.startsWith("application/json")) {
            try {
                Object query = ctx.body().asJsonObject().getValue("query");
                return query instanceof String s ? s : null;
            } catch (RuntimeException notAnObject) {
                return null; // SmallRye answers malformed JSON itself
            }
        }
        return null;
    }

    private static void reject(RoutingContext ctx, InvalidSyntaxException e) {
        JsonArray locations = new JsonArray();
        SourceLocation location = e.getLocation();
        if (location != null) {
            locations.add(new JsonObject().put("line", location.getLine()).put("column", location.getColumn()));
        }
        JsonObject error = new JsonObject()
                .put("message", "Syntax error: " + e.getMessage())
                .put("locations", locations)
                .put("extensions", new JsonObject().put("code", "GRAPHQL_PARSE_FAILED").put("classification", "InvalidSyntax"));
        boolean graphqlResponse = String.valueOf(ctx.request().getHeader("Accept")).contains(GRAPHQL_RESPONSE);
        ctx.response()
                .setStatusCode(graphqlResponse ? 400 : 200)
                .putHeader("Content-Type", (graphqlResponse ? GRAPHQL_RESPONSE : "application/json") + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
