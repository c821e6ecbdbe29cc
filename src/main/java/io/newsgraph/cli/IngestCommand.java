package io.newsgraph.cli;

import io.newsgraph.graph.error.Problem;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.ingest.BundleIngester;
import io.newsgraph.ingest.BundleReader;
import io.newsgraph.ingest.IngestException;
import io.newsgraph.ingest.IngestReport;
import io.newsgraph.ingest.IngestReport.TypeCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ingest [--dry-run] FILE...}: each file is one bundle, loaded all or nothing; a summary closes the run. */
@ApplicationScoped
public class IngestCommand {
    @Inject
    BundleIngester ingester;

    public int run(String[] args, PrintStream out) {
        boolean dryRun = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            out.println(Commands.USAGE);
            return 2;
        }
        WriteOrigin via =
                new WriteOrigin("cli:" + System.getProperty("user.name", "unknown"), dryRun ? "cli --dry-run" : "cli");
        Map<String, int[]> total = new LinkedHashMap<>();
        int rejected = 0;
        long started = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            out.printf("[%d/%d] %s%n", i + 1, files.size(), file);
            long t0 = System.nanoTime();
            try (InputStream in = new Progress(Files.newInputStream(file), Files.size(file), out)) {
                IngestReport report = ingester.ingest(BundleReader.read(in), dryRun, via);
                out.printf(
                        "  %s in %d ms: %s%n",
                        dryRun ? "checked (dry run, nothing written)" : "loaded",
                        (System.nanoTime() - t0) / 1_000_000,
                        line(report.counts()));
                report.counts().forEach(c -> {
                    int[] sum = total.computeIfAbsent(c.type(), t -> new int[3]);
                    sum[0] += c.created();
                    sum[1] += c.updated();
                    sum[2] += c.unchanged();
                });
            } catch (IngestException e) {
                rejected++;
                out.printf(
                        "  REJECTED, nothing of it was written (%d problem%s):%n",
                        e.problems().size(), e.problems().size() == 1 ? "" : "s");
                for (Problem p : e.problems()) {
                    out.printf("    %s [%s] %s%n", p.path().isEmpty() ? "(bundle)" : p.path(), p.code(), p.message());
                }
            } catch (IOException e) {
                rejected++;
                out.printf("  cannot read it: %s%n", e.getMessage());
            }
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        int statements = total.containsKey("Statement") ? total.get("Statement")[0] : 0;
        out.printf(
                "Summary: %d file(s), %d loaded, %d rejected, %d ms, %d statements created (%d per second)%n",
                files.size(), files.size() - rejected, rejected, millis, statements, statements * 1000L / millis);
        total.forEach(
                (type, c) -> out.printf("  %-10s created %5d  updated %5d  unchanged %5d%n", type, c[0], c[1], c[2]));
        return rejected == 0 ? 0 : 1;
    }

    private static String line(List<TypeCount> counts) {
        int created = counts.stream().mapToInt(TypeCount::created).sum();
        int updated = counts.stream().mapToInt(TypeCount::updated).sum();
        int unchanged = counts.stream().mapToInt(TypeCount::unchanged).sum();
        return created + " created, " + updated + " updated, " + unchanged + " unchanged";
    }
}
