package io.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that operations draw their variables from, read from the {@code pools/} folder beside the operations:
 * {@code NAME.txt} lists values one per line; {@code NAME.graphql} is a query run once before the benchmark whose
 * string values (e.g. every {@code slug}) become the pool, so slugs come from the graph under test.
 */
final class Pools {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final Map<String, List<String>> values = new HashMap<>();

    static Pools load(Path dir, GraphqlClient client) throws IOException {
        Pools pools = new Pools();
        if (!Files.isDirectory(dir)) {
            return pools;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                if (file.toString().endsWith(".txt")) {
                    pools.values.put(
                            name,
                            Files.readAllLines(file).stream()
                                    .map(String::trim)
                                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                                    .toList());
                } else if (file.toString().endsWith(".graphql")) {
                    pools.values.put(name, harvest(client, Files.readString(file), file));
                }
            }
        }
        return pools;
    }

    private static List<String> harvest(GraphqlClient client, String query, Path file) throws IOException {
        GraphqlClient.Answer answer = client.post(GraphqlClient.body(query, null));
        if (!answer.ok()) {
            throw new IllegalStateException("pool query " + file + " failed: " + answer.problem());
        }
        List<String> found = new ArrayList<>();
        collect(GraphqlClient.JSON.readTree(answer.body()).path("data"), found);
        if (found.isEmpty()) {
            throw new IllegalStateException("pool query " + file + " returned no values");
        }
        return found;
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        } else {
            node.forEach(child -> collect(child, into));
        }
    }

    /** Variables JSON with each ${pool} replaced by a random value of that pool, as a JSON string. */
    String fill(String template, SplittableRandom rnd) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> pool = values.get(m.group(1));
            if (pool == null) {
                throw new IllegalArgumentException("no pool named " + m.group(1) + " (pools: " + values.keySet() + ")");
            }
            String value = pool.get(rnd.nextInt(pool.size()));
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        return m.appendTail(out).toString();
    }

    private static String escape(String value) {
        try {
            String quoted = GraphqlClient.JSON.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        values.forEach((name, list) -> out.append(out.length() == 0 ? "" : ", ")
                .append(name)
                .append(": ")
                .append(list.size()));
        return out.length() == 0 ? "none" : out.toString();
    }
}
