package io.newsgraph.crash;

/** The ingest crash scenario on the H2 file database, the packaged default. */
class H2IngestCrashIT extends IngestCrashScenario {
    @Override
    CrashDatabase database() {
        return new H2File(dir);
    }
}
