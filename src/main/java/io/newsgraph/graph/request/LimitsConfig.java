package io.newsgraph.graph.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits that protect the server from expensive requests ({@code newsgraph.limits.*}); each can be set in
 * application.properties or env. Read by http/DocumentGuard (the document limits) and graph/sql/Sql (the timeout).
 */
@ConfigMapping(prefix = "newsgraph.limits")
public interface LimitsConfig {
    /** Deepest field nesting (the standard introspection query needs 13). */
    @WithDefault("15")
    int maxDepth();

    /** Most objects a request may ask for: page sizes multiplied down the nesting, as GitHub counts nodes. */
    @WithDefault("50000")
    long maxCost();

    @WithDefault("30")
    int maxAliases();

    /** Field selections after expanding fragments. */
    @WithDefault("1000")
    int maxFields();

    @WithDefault("50")
    int maxDirectives();

    /** Lexical tokens in the document (checked while parsing, before anything else). */
    @WithDefault("5000")
    int maxTokens();

    /** Longest a single SQL statement may run. */
    @WithDefault("10s")
    Duration queryTimeout();
}
