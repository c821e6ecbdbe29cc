package io.newsgraph.graph.write;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for an H2 file database ({@code newsgraph.h2.*}, docs/operations.md "Durability"). */
@ConfigMapping(prefix = "newsgraph.h2")
public interface H2Config {
    /** Each write transaction is written to the file before the writer returns ({@link DurableCommits}). */
    @WithDefault("true")
    boolean checkpointAfterCommit();
}
