package io.newsgraph.cli;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.function.BiConsumer;

/**
 * Entry point: without arguments the GraphQL server; {@code ingest FILE...} loads bundle files and exits
 * (docs/ingest.md).
 */
@QuarkusMain
public class Newsgraph {
    public static void main(String... args) {
        if (args.length == 0) {
            Quarkus.run(Commands.class, args);
            return;
        }
        // A command opens no HTTP port, so it can run beside a server (on a database both can open).
        System.setProperty("quarkus.http.host-enabled", "false");
        // nor does it serve subscriptions; on PostgreSQL its writes still notify the running servers
        System.setProperty("newsgraph.live.listen", "false");
        // nor searches: the search index stays on disk
        System.setProperty("newsgraph.search.load-at-startup", "false");
        System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
        // a person reads a command's output: no banner, and a failed start is one line (below), not a stack trace
        System.setProperty("quarkus.banner.enabled", "false");
        if (System.getenv("NEWSGRAPH_LOG_JSON") == null) {
            System.setProperty("quarkus.log.console.json.enabled", "false");
        }
        System.setProperty("quarkus.log.category.\"io.quarkus.runtime.Application\".level", "OFF");
        BiConsumer<Integer, Throwable> exit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        Quarkus.run(
                Commands.class,
                (code, failure) -> {
                    if (failure != null) {
                        System.err.println(cannotStart(failure));
                    }
                    exit.accept(code, failure);
                },
                args);
    }

    /** Why a command could not start, in a line the user can act on. */
    static String cannotStart(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Database may be already in use")) {
                return "Cannot open the database: its H2 file is open in another process (a running Newsgraph"
                        + " server?), and H2 lets one process open it. Stop the server first, or load the bundle"
                        + " through the server with the ingestBundle mutation (docs/ingest.md).";
            }
            root = t;
        }
        return "Cannot start: " + root.getMessage();
    }
}
