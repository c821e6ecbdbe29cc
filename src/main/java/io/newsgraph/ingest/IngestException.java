package io.newsgraph.ingest;

import io.newsgraph.graph.error.Problem;
import io.newsgraph.graph.error.ProblemsException;
import java.util.List;

/** A bundle was rejected; nothing of it was written. */
public class IngestException extends ProblemsException {
    public IngestException(List<Problem> problems) {
        super("The bundle was rejected and nothing was written", problems);
    }

    public List<Problem> problems() {
        return problemList();
    }
}
