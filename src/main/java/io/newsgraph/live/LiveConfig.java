package io.newsgraph.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Live updates ({@code newsgraph.live.*}; docs/operations.md "Live updates across instances"). */
@ConfigMapping(prefix = "newsgraph.live")
public interface LiveConfig {
    /** On PostgreSQL: writes reach every instance through NOTIFY; false: only the writing instance's subscribers. */
    @WithDefault("true")
    boolean postgresNotify();

    /** The NOTIFY channel's name before the schema ({@link PostgresChannel}). */
    @WithDefault("newsgraph_changes")
    String channel();

    /** Global ids per type and operation in a graphChanged event (counts are always exact). */
    @WithDefault("50")
    int maxIds();

    /** Whether this process LISTENs for the others' writes (command-line runs set false: they only write). */
    @WithDefault("true")
    boolean listen();
}
