package io.newsgraph.graph.error;

public class BadUserInputException extends ApiException {
    public BadUserInputException(String message) {
        super(ErrorCode.BAD_USER_INPUT, message);
    }
}
