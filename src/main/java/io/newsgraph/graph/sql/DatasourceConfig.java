package io.newsgraph.graph.sql;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The keys of Quarkus's default datasource that our own code reads too, so that it reads them in one place: which
 * database this is ({@link #postgres()}, {@link #h2()}), and where it is, for the connections made outside the pool
 * (live updates' LISTEN connection). Quarkus leaves its other {@code quarkus.*} keys out of the unknown-key check of
 * application mappings, so this one names only the keys it reads.
 */
@ConfigMapping(prefix = "quarkus.datasource")
public interface DatasourceConfig {
    /** {@code quarkus.datasource.db-kind}: h2 or postgresql. */
    String dbKind();

    Jdbc jdbc();

    Optional<String> username();

    Optional<String> password();

    interface Jdbc {
        String url();
    }

    default boolean postgres() {
        return DatabaseKind.isPostgreSQL(dbKind());
    }

    default boolean h2() {
        return DatabaseKind.isH2(dbKind());
    }
}
