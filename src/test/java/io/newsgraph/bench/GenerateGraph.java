package io.newsgraph.bench;

import java.sql.Connection;
import java.util.SplittableRandom;

/**
 * Builds a synthetic graph of a chosen size into an H2 or PostgreSQL database (see docs/benchmark.md). Same seed and
 * sizes, same graph.
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:java@generate -Ddb.url=jdbc:h2:file:/tmp/newsgraph-bench/g10k/newsgraph \
 *     -Dstatements=10000 -Dactors=1000 -Devents=1000 -Dsources=250
 * </pre>
 */
public final class GenerateGraph {
    private GenerateGraph() {}

    public static void main(String[] args) throws Exception {
        GraphSize size = GraphSize.fromSystemProperties();
        String url = System.getProperty("db.url", "jdbc:h2:file:/tmp/newsgraph-bench/graph/newsgraph");
        TargetDatabase db = new TargetDatabase(
                url,
                System.getProperty("db.user", url.contains(":h2:") ? "sa" : "postgres"),
                System.getProperty("db.password", ""),
                System.getProperty("db.schema"));
        boolean clean = Boolean.getBoolean("clean");
        long started = System.nanoTime();
        System.out.println("Generating " + size + " into " + url + (db.schema == null ? "" : " schema " + db.schema));

        db.migrate(clean);
        try (Connection connection = db.connect()) {
            long existing = db.count(connection, "select count(*) from actor");
            if (existing > 0) {
                throw new IllegalStateException("the target already holds " + existing
                        + " actors; generate into an empty database or pass -Dclean=true to wipe it first");
            }
        }
        SyntheticGraph graph = build(size);
        System.out.printf("Built in memory in %.1f s: %s%n", seconds(started), graph.counts());

        long writing = System.nanoTime();
        try (Connection connection = db.connect()) {
            new GraphWriter(connection).write(graph);
            db.restartSequences(connection);
            System.out.printf("Written in %.1f s%n", seconds(writing));
            long analyzing = System.nanoTime();
            db.analyze(connection);
            System.out.printf("Analyzed in %.1f s%n", seconds(analyzing));
            if (!Boolean.getBoolean("skipVerify")) {
                long verifying = System.nanoTime();
                long misplaced = db.misplacedEvidence(connection);
                System.out.printf(
                        "Evidence spans checked against source texts in %.1f s: %d misplaced%n",
                        seconds(verifying), misplaced);
                if (misplaced > 0) {
                    throw new IllegalStateException(misplaced + " evidence spans do not match their source text");
                }
            }
        }
        System.out.printf("Done in %.1f s%n", seconds(started));
    }

    static SyntheticGraph build(GraphSize size) {
        SplittableRandom rnd = new SplittableRandom(size.seed());
        SyntheticGraph graph = new SyntheticGraph();
        Newsroom newsroom = new Newsroom(size.sources(), rnd.split());
        Cast cast = new CastBuilder(graph, rnd.split(), size.actors(), newsroom).build(size.locations());
        EventBuilder events = new EventBuilder(graph, rnd.split(), cast, newsroom);
        events.build(size.events());
        new StatementBuilder(graph, rnd.split(), cast, newsroom, events).build(size.statements());
        new Corpus(graph, rnd.split(), newsroom).write();
        return graph;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
