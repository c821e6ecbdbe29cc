package io.newsgraph.ingest;

import io.newsgraph.graph.Problem;
import io.newsgraph.graph.ProblemsException;
import java.util.List;

/** A bundle was rejected; nothing of it was written. */
public class IngestException extends ProblemsException {
    private final List<IngestProblem> problems;

    public IngestException(List<IngestProblem> problems) {
        super("The bundle was rejected and nothing was written",
                problems.stream().map(p -> new Problem(p.path(), p.code(), p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<IngestProblem> problems() {
        return problems;
    }
}
