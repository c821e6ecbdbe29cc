package io.newsgraph.graph.error;

import java.util.List;

/** Input that breaks a rule; nothing was written. */
public class ValidationException extends ProblemsException {
    public ValidationException(List<Problem> problems) {
        super("The input was rejected and nothing was written", problems);
    }

    public ValidationException(String path, String message) {
        this(List.of(new Problem(path, ErrorCode.VALIDATION.name(), message)));
    }
}
