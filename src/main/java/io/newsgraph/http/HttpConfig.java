package io.newsgraph.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The settings of the HTTP layer (docs/operations.md, "Limits" and "Security"). Their keys sit under five prefixes,
 * and a configuration mapping has one: a single mapping of all of {@code newsgraph.*} would refuse every key under it
 * that it does not name, the tests' own among them ({@code newsgraph.test.*}). So each prefix is a mapping of its own,
 * all of them here.
 */
public final class HttpConfig {
    private HttpConfig() {}

    /** {@code newsgraph.http.*}, read by {@link BodyGuard}. */
    @ConfigMapping(prefix = "newsgraph.http")
    public interface Body {
        /** Largest request body (413 beyond). */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    /** {@code newsgraph.graphql.*}: what runs, and how many at once. */
    @ConfigMapping(prefix = "newsgraph.graphql")
    public interface GraphQl {
        /** GraphQL requests executing at once, 0: one more than there are cores ({@link ConcurrencyGate}). */
        @WithDefault("0")
        int maxConcurrent();

        /** Requests waiting for a place; beyond: 503 OVERLOADED ({@link ConcurrencyGate}). */
        @WithDefault("1000")
        int maxQueued();

        /** false: {@code __schema} and {@code __type} are refused ({@link OperationGuard}). */
        @WithDefault("true")
        boolean introspection();

        /**
         * true: only the registered operations run, by hash or identical text, and none are registered on the way
         * ({@link OperationGuard}, {@link PersistedQueryGuard}).
         */
        @WithDefault("false")
        boolean persistedOnly();
    }

    /** {@code newsgraph.rate-limit.*}: GraphQL requests per client IP ({@link RateLimiter}). */
    @ConfigMapping(prefix = "newsgraph.rate-limit")
    public interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests per second a client's bucket refills by. */
        @WithDefault("20")
        double perSecond();

        /** Requests a client may send at once (the bucket's size). */
        @WithDefault("40")
        int burst();
    }

    /** {@code newsgraph.metrics.*}, read by {@link GraphQlMetrics}. */
    @ConfigMapping(prefix = "newsgraph.metrics")
    public interface Metrics {
        /** Distinct operation names labelled; later new ones count as "other". */
        @WithDefault("100")
        int maxOperationNames();
    }

    /** {@code newsgraph.log.*}, read by {@link GraphQlMetrics}. */
    @ConfigMapping(prefix = "newsgraph.log")
    public interface Log {
        /** A request at least this slow is logged at INFO, a faster one (not refused) at DEBUG. */
        @WithDefault("500ms")
        Duration slowRequest();
    }
}
