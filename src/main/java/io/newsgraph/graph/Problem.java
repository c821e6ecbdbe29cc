package io.newsgraph.graph;

/** One thing wrong with a write: where (a path into the input), what kind of problem, and what to do. */
public record Problem(String path, String code, String message) {
}
