package io.newsgraph.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Search settings ({@code newsgraph.search.*}); the engine is not one of them: it follows the database
 * ({@link SearchEngines}).
 */
@ConfigMapping(prefix = "newsgraph.search")
public interface SearchConfig {
    /** Whether startup loads the term index into memory ({@link SearchIndexer}; command-line runs set false). */
    @WithDefault("true")
    boolean loadAtStartup();
}
