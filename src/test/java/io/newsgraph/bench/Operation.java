package io.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark operation, read from a {@code .graphql} file. Header comments configure it:
 * <pre>
 * # weight: 2                                  how often it is picked in the mix (default 1)
 * # variables: {"query": "${word}"}            JSON; ${pool} is replaced by a random value of that pool
 * </pre>
 */
record Operation(String name, String query, String variables, int weight) {

    static Operation read(Path file) throws IOException {
        String text = Files.readString(file);
        int weight = 1;
        String variables = null;
        StringBuilder query = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("# weight:")) {
                weight =
                        Integer.parseInt(trimmed.substring("# weight:".length()).trim());
            } else if (trimmed.startsWith("# variables:")) {
                variables = trimmed.substring("# variables:".length()).trim();
            } else if (!trimmed.startsWith("#")) {
                query.append(line).append('\n');
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
        return new Operation(name, query.toString().trim(), variables, weight);
    }

    /** The operations of a directory, by file name; {@code only} (comma-separated names) narrows them. */
    static List<Operation> readAll(Path dir, String only) throws IOException {
        List<Operation> operations = new ArrayList<>();
        List<String> wanted = only == null || only.isBlank() ? List.of() : List.of(only.split(","));
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql"))
                    .sorted()
                    .toList()) {
                Operation op = read(file);
                if (wanted.isEmpty() || wanted.contains(op.name())) {
                    operations.add(op);
                }
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalArgumentException(
                    "no operations in " + dir + (wanted.isEmpty() ? "" : " named " + wanted));
        }
        return operations;
    }
}
