package io.newsgraph.crash;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The ingest crash scenario on PostgreSQL, with the app built for it; skipped with -Dpg.skip=true. */
class PostgresIngestCrashIT extends IngestCrashScenario {
    @Override
    CrashDatabase database() {
        assumeFalse(Boolean.getBoolean("newsgraph.it.pg-skip"), "-Dpg.skip=true");
        return new PostgresSchema("crash");
    }
}
