package io.newsgraph.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The bundled dataset loaded at startup ({@code newsgraph.seed.*}, {@link SeedLoader}). */
@ConfigMapping(prefix = "newsgraph.seed")
public interface SeedConfig {
    @WithDefault("true")
    boolean enabled();

    /** Classpath resources of the bundles, loaded in this order. */
    List<String> bundles();
}
