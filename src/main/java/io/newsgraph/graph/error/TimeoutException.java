package io.newsgraph.graph.error;

public class TimeoutException extends ApiException {
    public TimeoutException(String message) {
        super(ErrorCode.TIMEOUT, message);
    }
}
