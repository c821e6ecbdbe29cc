package io.newsgraph.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: without arguments the GraphQL server; {@code ingest FILE...} loads bundle files and exits
 * (docs/ingest.md).
 */
@QuarkusMain
public class Newsgraph {
    public static void main(String... args) {
        if (args.length > 0) {
            // A command opens no HTTP port, so it can run beside a server (on a database both can open).
            System.setProperty("quarkus.http.host-enabled", "false");
            // nor does it serve subscriptions; on PostgreSQL its writes still notify the running servers
            System.setProperty("newsgraph.live.listen", "false");
            // nor searches: the search index stays on disk
            System.setProperty("newsgraph.search.load-at-startup", "false");
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
        }
        Quarkus.run(Commands.class, args);
    }
}
