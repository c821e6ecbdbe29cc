package io.newsgraph.graph;

public class TimeoutException extends ApiException {
    public TimeoutException(String message) {
        super(ErrorCode.TIMEOUT, message);
    }
}
