package io.newsgraph.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.Arrays;

/** Serves GraphQL until stopped, or runs the command given on the command line. */
public class Commands implements QuarkusApplication {
    static final String USAGE = "usage: ingest [--dry-run] FILE.json...   (no arguments: run the server)";

    @Inject
    IngestCommand ingest;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        PrintStream out = System.out;
        if (args[0].equals("ingest")) {
            return ingest.run(Arrays.copyOfRange(args, 1, args.length), out);
        }
        out.println("unknown command '" + args[0] + "'\n" + USAGE);
        return 2;
    }
}
