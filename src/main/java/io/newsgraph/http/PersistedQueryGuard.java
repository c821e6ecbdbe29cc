package io.newsgraph.http;

import io.newsgraph.graph.error.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Persisted operations, automatic-persisted-queries style: {@code extensions.persistedQuery.sha256Hash} stands for
 * the operation's text. A hash alone is looked up (PERSISTED_QUERY_NOT_FOUND if unknown, and the client sends hash
 * and text once); hash and text together register the text after checking the hash. With
 * {@code newsgraph.graphql.persisted-only=true} only registered operations run, by hash or by identical text, and
 * nothing is registered automatically (OperationGuard refuses other texts).
 */
@ApplicationScoped
public class PersistedQueryGuard {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    PersistedOperations operations;

    @Inject
    HttpConfig.GraphQl config;

    void register(@Observes Router router) {
        router.route("/graphql").order(-205).handler(this::resolve);
    }

    private void resolve(RoutingContext ctx) {
        if (GraphQlHttpRequest.isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        GraphQlHttpRequest request = GraphQlHttpRequest.of(ctx);
        if (request.malformed() != null) {
            ctx.next(); // OperationGuard answers
            return;
        }
        JsonObject persisted = request.extensions().getValue("persistedQuery") instanceof JsonObject p ? p : null;
        if (persisted == null) {
            ctx.next(); // plain text: OperationGuard checks it against persisted-only
            return;
        }
        String hash = String.valueOf(persisted.getValue("sha256Hash")).toLowerCase(java.util.Locale.ROOT);
        if (!SHA256.matcher(hash).matches()) {
            GraphQlErrors.transportError(
                    ctx, 400, ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be a SHA-256 in hex");
            return;
        }
        if (request.query() != null) {
            if (!hash.equals(PersistedOperations.sha256(request.query()))) {
                GraphQlErrors.transportError(ctx, 400, ErrorCode.BAD_REQUEST, "sha256Hash does not match the query");
                return;
            }
            if (!config.persistedOnly()) {
                operations.remember(hash, request.query());
            }
            ctx.next();
            return;
        }
        Optional<String> text = operations.find(hash);
        if (text.isEmpty()) {
            // 200 for every client: APQ clients read this error and resend with the text
            GraphQlErrors.requestErrorWithStatus(
                    ctx, 200, errors(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
            return;
        }
        useQuery(ctx, text.get());
        ctx.next();
    }

    /** Puts the looked-up text where SmallRye GraphQL and the other guards read the query. */
    private static void useQuery(RoutingContext ctx, String query) {
        if (HttpMethod.GET.equals(ctx.request().method())) {
            ctx.request().params().set("query", query);
            ctx.queryParams().set("query", query);
        } else {
            JsonObject body = new JsonObject(ctx.body().asString()).put("query", query);
            ctx.setBody(Buffer.buffer(body.encode()));
        }
        GraphQlHttpRequest.forget(ctx);
    }

    private static io.vertx.core.json.JsonArray errors(ErrorCode code, String message) {
        return new io.vertx.core.json.JsonArray().add(GraphQlErrors.error(code, message));
    }
}
