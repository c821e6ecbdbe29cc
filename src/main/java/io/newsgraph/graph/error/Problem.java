package io.newsgraph.graph.error;

/** One thing wrong with a write: where (a path into the input), what kind of problem, and what to do. */
public record Problem(String path, String code, String message) {
    /** The problem code of evidence text not found verbatim in its source (the others are {@link ErrorCode}s). */
    public static final String SPAN_NOT_FOUND = "SPAN_NOT_FOUND";
}
