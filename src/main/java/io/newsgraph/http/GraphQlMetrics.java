package io.newsgraph.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Times every request to /graphql as {@code graphql_requests_seconds} (Prometheus histogram) labelled by operation
 * name and status class, and logs one line per request: at INFO when it was refused (4xx, 5xx) or took
 * {@code newsgraph.log.slow-request} or longer, else at DEBUG (a line per request cost 3 % of the CPU of a nested
 * read). Operation names come from clients, so the label set is
 * bounded: unnamed operations are "anonymous", requests refused before an operation was chosen are "none", and once
 * {@code newsgraph.metrics.max-operation-names} distinct names were seen, new ones count as "other".
 */
@ApplicationScoped
public class GraphQlMetrics {
    static final String OPERATION = "newsgraph.operation";
    private static final Logger LOG = Logger.getLogger(GraphQlMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    HttpConfig.Metrics metrics;

    @Inject
    HttpConfig.Log logging;

    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.route("/graphql").order(-900).handler(this::time);
    }

    private void time(RoutingContext ctx) {
        long start = System.nanoTime();
        // headers-end, not end: SmallRye GraphQL replaces the response's end handler, and the headers of an answer are
        // written once it is complete
        ctx.addHeadersEndHandler(v -> {
            long nanos = System.nanoTime() - start;
            int status = ctx.response().getStatusCode();
            String operation = label(ctx.get(OPERATION));
            String statusClass = status / 100 + "xx";
            timers.computeIfAbsent(
                            operation + ' ' + statusClass,
                            k -> Timer.builder("graphql.requests")
                                    .description("GraphQL requests over HTTP by operation name")
                                    .tag("operation", operation)
                                    .tag("status", statusClass)
                                    .publishPercentileHistogram()
                                    .register(registry))
                    .record(nanos, TimeUnit.NANOSECONDS);
            boolean notable = status >= 400 || nanos >= logging.slowRequest().toNanos();
            Logger.Level level = notable ? Logger.Level.INFO : Logger.Level.DEBUG;
            if (LOG.isEnabled(level)) {
                LOG.logf(
                        level,
                        "%s /graphql %d %.1f ms operation=%s",
                        ctx.request().method(),
                        status,
                        nanos / 1e6,
                        operation);
            }
        });
        ctx.next();
    }

    /** Call once the operation is known: its name, or null for an unnamed one. */
    static void operation(RoutingContext ctx, String name) {
        ctx.put(OPERATION, name == null ? "anonymous" : name);
    }

    private String label(String operation) {
        if (operation == null) {
            return "none";
        }
        if (operation.equals("anonymous")) {
            return operation;
        }
        if (names.contains(operation)) {
            return operation;
        }
        if (names.size() < metrics.maxOperationNames()) {
            names.add(operation);
            return operation;
        }
        return "other";
    }
}
