package io.newsgraph.ingest;

import io.newsgraph.graph.ApiException;
import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.stream.Collectors;

/** A bundle was rejected; nothing of it was written. */
@ErrorCode("VALIDATION")
public class IngestException extends ApiException {
    private final List<IngestProblem> problems;

    public IngestException(List<IngestProblem> problems) {
        super("The bundle was rejected and nothing was written (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "): " + problems.stream().limit(20)
                        .map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<IngestProblem> problems() {
        return problems;
    }
}
