package io.newsgraph.http;

import io.newsgraph.graph.error.ErrorCode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits GraphQL requests per client IP with an in-memory token bucket per instance
 * ({@code newsgraph.rate-limit.*}); over the limit: 429, {@code Retry-After} and a GraphQL error RATE_LIMITED. The
 * client IP is the peer address, or the forwarded one when {@code quarkus.http.proxy.*} trusts a proxy.
 */
@ApplicationScoped
public class RateLimiter {
    /** Past this many tracked clients, buckets that refilled completely are dropped. */
    private static final int SWEEP_AT = 10_000;

    @Inject
    HttpConfig.RateLimit config;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.route("/graphql").order(-260).handler(this::limit);
    }

    private void limit(RoutingContext ctx) {
        if (!config.enabled()) {
            ctx.next();
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        String client = ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().hostAddress();
        TokenBucket bucket =
                buckets.computeIfAbsent(client, c -> new TokenBucket(config.burst(), config.perSecond(), now));
        if (bucket.take(now)) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Retry-After", Long.toString(bucket.secondsToNext(now)));
        GraphQlErrors.transportError(
                ctx,
                429,
                ErrorCode.RATE_LIMITED,
                "Too many requests from this client: at most " + config.burst() + " at once and " + config.perSecond()
                        + " per second");
    }
}
