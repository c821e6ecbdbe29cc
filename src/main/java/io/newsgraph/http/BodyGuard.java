package io.newsgraph.http;

import io.newsgraph.graph.error.ErrorCode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Reads the body of a GraphQL POST up to {@code newsgraph.http.max-body-bytes} (413 beyond) and refuses batches: a
 * JSON array of requests gets 400 BATCHING_NOT_SUPPORTED, one operation per request keeps rate limits, metrics and
 * status codes per operation.
 */
@ApplicationScoped
public class BodyGuard {
    @Inject
    HttpConfig.Body config;

    void register(@Observes Router router) {
        BodyHandler body = BodyHandler.create().setBodyLimit(config.maxBodyBytes());
        // A WebSocket upgrade must reach SmallRye unread: it upgrades only requests not yet ended, and reading the
        // empty body some clients announce (the JDK's sends Content-Length: 0) ends it.
        router.route("/graphql").order(-210).handler(ctx -> {
            if (GraphQlHttpRequest.isWebSocketUpgrade(ctx)) {
                ctx.next();
            } else {
                body.handle(ctx);
            }
        });
        router.route("/graphql").order(-210).failureHandler(this::tooLarge);
        router.route("/graphql").order(-209).handler(this::refuseBatches);
    }

    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            GraphQlErrors.transportError(
                    ctx,
                    413,
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + config.maxBodyBytes() + " bytes");
        } else {
            ctx.next();
        }
    }

    private void refuseBatches(RoutingContext ctx) {
        if (HttpMethod.POST.equals(ctx.request().method())
                && ctx.body().length() > 0
                && ctx.body().asString().stripLeading().startsWith("[")) {
            GraphQlErrors.transportError(
                    ctx,
                    400,
                    ErrorCode.BATCHING_NOT_SUPPORTED,
                    "Batched requests are not supported: send one operation per request");
            return;
        }
        ctx.next();
    }
}
