package io.newsgraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One thing wrong with a bundle: where, what kind of problem, and what to do.")
public record IngestProblem(
        @NonNull @Description("Path of the item, e.g. `statements[3].evidence[0].text`.") String path,
        @NonNull @Description("VALIDATION, NOT_FOUND (a reference to nothing) or SPAN_NOT_FOUND.") String code,
        @NonNull String message) {
    /** The problem code of evidence text not found verbatim in its source (the others are {@code ErrorCode}s). */
    public static final String SPAN_NOT_FOUND = "SPAN_NOT_FOUND";
}
