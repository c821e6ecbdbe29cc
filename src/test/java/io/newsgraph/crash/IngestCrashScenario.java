package io.newsgraph.crash;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.newsgraph.actor.RoleInput;
import io.newsgraph.bench.ExportBundles;
import io.newsgraph.bench.GraphSize;
import io.newsgraph.event.EventInput;
import io.newsgraph.ingest.Bundle;
import io.newsgraph.ingest.BundleReader;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line ingest killed with SIGKILL, on the packaged app: right after it reported a bundle loaded, and while
 * it writes a bundle too big to finish first. After each kill the database holds every reported bundle whole, nothing
 * of the interrupted one, and history and search rows that match; loading the same files again completes, and once
 * more changes nothing.
 */
abstract class IngestCrashScenario {
    /** Actors and locations, then about 150 statements, then the rest (about 2,350) as one bundle. */
    private static final GraphSize SIZE = new GraphSize(150, 2500, 250, 50, 30, 16);

    private static final Pattern LOADED = Pattern.compile("  loaded in \\d+ ms: (\\d+) created, (\\d+) updated, .*");

    @TempDir
    Path dir;

    private final long started = System.nanoTime();

    abstract CrashDatabase database();

    @Test
    void aKillLosesNoReportedBundleAndLeavesNothingOfTheInterruptedOne() throws Exception {
        CrashDatabase database = database();
        List<Bundle> generated = ExportBundles.of(SIZE, 150);
        Bundle actors = generated.get(0);
        Bundle first = generated.get(1);
        Bundle big = merged(generated.subList(2, generated.size()));
        List<Path> files = List.of(file("1-actors", actors), file("2-first", first), file("3-big", big));
        Bundle seed = seed();

        try (ChildApp cli = database.ingest(files)) {
            cli.await(LOADED.asPredicate());
            cli.await(LOADED.asPredicate());
            cli.kill();
        }
        step("killed right after the second 'loaded'");
        StoredGraph stored = StoredGraph.read(database);
        stored.assertWhole("the bundled dataset", seed);
        stored.assertWhole("the first bundle reported loaded", actors);
        stored.assertWhole("the second bundle reported loaded", first);
        stored.assertAbsent("the bundle not yet loaded", big);
        stored.assertConsistent();

        try (ChildApp cli = database.ingest(List.of(files.get(2)))) {
            cli.await(line -> line.startsWith("[1/1]"));
            cli.awaitCondition(database.writing(), LOADED.asPredicate());
            cli.kill();
        }
        step("killed while writing the big bundle");
        stored = StoredGraph.read(database);
        stored.assertWhole("the first bundle", actors);
        stored.assertWhole("the second bundle", first);
        stored.assertAbsent("the bundle killed while it was written", big);
        stored.assertConsistent();

        List<int[]> rerun = loadToTheEnd(database, files);
        step("loaded the same files again");
        assertThat(
                "the bundles loaded before are unchanged",
                rerun.subList(0, 2).stream().map(c -> c[0] + c[1]).toList(),
                everyItem(is(0)));
        assertThat("the interrupted bundle is loaded now", rerun.get(2)[0], greaterThan(0));
        StoredGraph reloaded = StoredGraph.read(database);
        Stream.of(seed, actors, first, big).forEach(b -> reloaded.assertWhole("after the rerun, every bundle", b));
        reloaded.assertConsistent();

        assertThat(
                "a second rerun changes nothing (created + updated per bundle)",
                loadToTheEnd(database, files).stream().map(c -> c[0] + c[1]).toList(),
                contains(0, 0, 0));
        step("and once more");
    }

    private void step(String what) {
        System.out.printf("%s: %s, %.1f s%n", getClass().getSimpleName(), what, (System.nanoTime() - started) / 1e9);
    }

    /** Runs the command to its end; the created and updated counts of each bundle. */
    private static List<int[]> loadToTheEnd(CrashDatabase database, List<Path> files) {
        try (ChildApp cli = database.ingest(files)) {
            int exit = cli.waitForExit();
            List<int[]> counts = new ArrayList<>();
            for (String line : cli.lines()) {
                Matcher m = LOADED.matcher(line);
                if (m.matches()) {
                    counts.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                }
            }
            assertThat("exit code; output:\n" + cli.output(), exit, is(0));
            assertThat("every file loaded; output:\n" + cli.output(), counts.size(), is(files.size()));
            return counts;
        }
    }

    private Path file(String name, Bundle bundle) throws IOException {
        Path file = dir.resolve(name + ".bundle.json");
        ExportBundles.write(bundle, file);
        return file;
    }

    private static Bundle merged(List<Bundle> bundles) {
        List<SourceInput> sources = new ArrayList<>();
        List<RoleInput> roles = new ArrayList<>();
        List<EventInput> events = new ArrayList<>();
        List<StatementInput> statements = new ArrayList<>();
        for (Bundle b : bundles) {
            sources.addAll(b.sourcesOrEmpty());
            roles.addAll(b.rolesOrEmpty());
            events.addAll(b.eventsOrEmpty());
            statements.addAll(b.statementsOrEmpty());
        }
        return new Bundle(Bundle.FORMAT, sources, null, null, roles, events, statements);
    }

    private static Bundle seed() throws IOException {
        try (InputStream in = IngestCrashScenario.class.getResourceAsStream("/seed/nk-troops-russia.bundle.json")) {
            return BundleReader.read(in);
        }
    }
}
