package io.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a fixed mix of GraphQL operations over HTTP against a running server on this machine and prints throughput
 * and latency percentiles per operation (see docs/benchmark.md). It starts no server itself.
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:java@benchmark -Dbench.ops=src/test/bench/operations/newsgraph -Dbench.clients=16
 * </pre>
 */
public final class Benchmark {
    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "http://127.0.0.1:8080/graphql");
        Path dir = Path.of(System.getProperty("bench.ops", "src/test/bench/operations/newsgraph"));
        int clients = GraphSize.intProperty("bench.clients", 16);
        // A freshly started JVM needs thousands of requests before the JIT has compiled the hot paths.
        double warmup = Double.parseDouble(System.getProperty("bench.warmup", "30"));
        long warmupRequests = Long.parseLong(System.getProperty("bench.warmupRequests", "3000"));
        double duration = Double.parseDouble(System.getProperty("bench.duration", "20"));
        long maxRequests = Long.parseLong(System.getProperty("bench.maxRequests", "1000000"));
        boolean each = "each".equals(System.getProperty("bench.mode", "mix"));
        String label = System.getProperty("bench.label", "");
        if (label.isBlank()) {
            label = dir.getFileName().toString();
        }

        try (GraphqlClient client = new GraphqlClient(url, Duration.ofSeconds(30), clients)) {
            List<Operation> operations = Operation.readAll(dir, System.getProperty("bench.only"));
            Pools pools = Pools.load(dir.resolve("pools"), client);
            System.out.printf(
                    "%s: %d operations from %s against %s, %d clients, %s, warm-up %d requests or %.0f s,"
                            + " %.0f s measured, at most %d requests; pools: %s%n",
                    label,
                    operations.size(),
                    dir,
                    url,
                    clients,
                    each ? "each operation alone" : "mixed by weight",
                    warmupRequests,
                    warmup,
                    duration,
                    maxRequests,
                    pools.summary());

            String loadBefore = loadAverage();
            StringBuilder report = new StringBuilder();
            report.append("\n### ")
                    .append(label)
                    .append(" (")
                    .append(Instant.now())
                    .append(", ")
                    .append(clients)
                    .append(" clients, ")
                    .append(each ? "each operation alone" : "mix")
                    .append(", ")
                    .append((int) duration)
                    .append(" s)\n\n")
                    .append(header());
            if (each) {
                for (Operation op : operations) {
                    LoadRun run = new LoadRun(client, pools, List.of(op), clients);
                    run.run(warmup, warmupRequests, 1);
                    report.append(rows(run.run(duration, maxRequests, 2), operations));
                }
            } else {
                LoadRun run = new LoadRun(client, pools, operations, clients);
                run.run(warmup, warmupRequests, 1);
                report.append(rows(run.run(duration, maxRequests, 2), operations));
            }
            report.append("\nLoad average (1, 5, 15 min) before: ")
                    .append(loadBefore)
                    .append(", after: ")
                    .append(loadAverage())
                    .append(" (other processes on the machine skew the figures)\n");
            System.out.println(report);
            String out = System.getProperty("bench.out");
            if (out != null && !out.isBlank()) {
                Files.writeString(Path.of(out), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String header() {
        return "| operation | weight | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    }

    private static String rows(LoadRun.Result result, List<Operation> operations) {
        StringBuilder out = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, OperationStats> e : result.byOperation().entrySet()) {
            OperationStats s = e.getValue();
            long n = s.latency.getTotalCount();
            total += n;
            int weight = operations.stream()
                    .filter(op -> op.name().equals(e.getKey()))
                    .findFirst()
                    .map(Operation::weight)
                    .orElse(1);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f | %s | %s | %s | %s |%n",
                    e.getKey(),
                    weight,
                    n,
                    s.errors,
                    n / result.seconds(),
                    ms(s, 50),
                    ms(s, 95),
                    ms(s, 99),
                    n == 0 ? "-" : String.format(Locale.ROOT, "%.1f", s.latency.getMaxValue() / 1000.0)));
            if (s.firstError != null) {
                errors.append("  ")
                        .append(e.getKey())
                        .append(": ")
                        .append(s.firstError)
                        .append('\n');
            }
        }
        if (result.byOperation().size() > 1) {
            out.append(
                    String.format(Locale.ROOT, "| all | | %d | | %.1f | | | | |%n", total, total / result.seconds()));
        }
        if (errors.length() > 0) {
            out.append("\nFirst error per operation:\n").append(errors);
        }
        return out.toString();
    }

    private static String ms(OperationStats s, double percentile) {
        return s.latency.getTotalCount() == 0
                ? "-"
                : String.format(Locale.ROOT, "%.1f", s.latency.getValueAtPercentile(percentile) / 1000.0);
    }
}
