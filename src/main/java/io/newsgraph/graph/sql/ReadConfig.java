package io.newsgraph.graph.sql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The read path's settings ({@code newsgraph.read.*}, docs/operations.md "Count cache"); read by {@link Sql}. */
@ConfigMapping(prefix = "newsgraph.read")
public interface ReadConfig {
    /** Counts and other aggregates kept per graph version ({@link Sql#cachedRows}). */
    CountCacheConfig countCache();

    /** How long a read whose database connection died waits at most for a live connection to run once more on. */
    @WithDefault("5s")
    Duration reconnectWait();

    interface CountCacheConfig {
        @WithDefault("true")
        boolean enabled();

        /** Answers kept at most. */
        @WithDefault("2000")
        int size();
    }
}
