package io.newsgraph.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsgraph.graph.error.ErrorCode;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Executes at most {@code newsgraph.graphql.max-concurrent} GraphQL requests at once (0: one more than there are
 * cores) and lets the others wait in arrival order, at most {@code newsgraph.graphql.max-queued} of them; beyond
 * that: 503 OVERLOADED with {@code Retry-After}. On H2 a request is CPU work from start to end (the database runs in
 * this JVM), so sixteen sharing two cores each take as long as sixteen in a row, and the unlucky ones longer
 * (measured 2026-11-27 at commit 2f52f00, docs/benchmark.md: the nested walk's p95 fell from 60 to 33-43 ms at the
 * same or higher throughput). The extra place covers the hand-over: while one request's answer is written, the next
 * one starts. Mutations do not wait and are not counted: they are few, an ingest of a large bundle takes seconds, and
 * reads must not queue behind it. Runs after the guards, so refused requests never wait. A waiting request whose
 * client went away is dropped; a running one whose client went away frees its place when the next request has to
 * wait.
 */
@ApplicationScoped
public class ConcurrencyGate {
    @Inject
    HttpConfig.GraphQl config;

    @Inject
    MeterRegistry registry;

    private Admission<Request> admission;

    /** One request; compared by identity. */
    private static final class Request {
        final RoutingContext ctx;
        final Context context;

        Request(RoutingContext ctx, Context context) {
            this.ctx = ctx;
            this.context = context;
        }

        boolean gone() {
            return ctx.response().closed();
        }
    }

    void register(@Observes Router router) {
        int limit = config.maxConcurrent() > 0
                ? config.maxConcurrent()
                : Runtime.getRuntime().availableProcessors() + 1;
        admission = new Admission<>(limit, config.maxQueued());
        Gauge.builder("graphql.requests.running", admission, Admission::running)
                .description("GraphQL requests over HTTP executing now")
                .register(registry);
        Gauge.builder("graphql.requests.waiting", admission, Admission::waiting)
                .description("GraphQL requests over HTTP waiting for a place to execute")
                .register(registry);
        router.route("/graphql").order(-180).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        if (GraphQlHttpRequest.isWebSocketUpgrade(ctx) || OperationGuard.isMutation(ctx)) {
            ctx.next();
            return;
        }
        Request request = new Request(ctx, Vertx.currentContext());
        switch (admission.admit(request)) {
            case RUN -> start(request);
            case WAIT -> releaseGone();
            case REFUSED -> {
                releaseGone();
                ctx.response().putHeader("Retry-After", "1");
                GraphQlErrors.transportError(
                        ctx,
                        503,
                        ErrorCode.OVERLOADED,
                        "The server is busy: " + admission.waiting()
                                + " requests are already waiting. Retry in a second.");
            }
        }
    }

    private void start(Request request) {
        // headers-end: SmallRye GraphQL replaces the response's end and close handlers (see GraphQlMetrics)
        request.ctx.addHeadersEndHandler(v -> release(request));
        request.ctx.next();
    }

    /** Called under the response's lock (headers end): starts the next request on its own event loop. */
    private void release(Request request) {
        Request next = admission.release(request);
        if (next != null) {
            next.context.runOnContext(v -> {
                if (next.gone()) {
                    release(next);
                } else {
                    start(next);
                }
            });
        }
    }

    private void releaseGone() {
        admission.runningNow().stream().filter(Request::gone).forEach(this::release);
    }
}
