package io.newsgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("TIMEOUT")
public class TimeoutException extends ApiException {
    public TimeoutException(String message) {
        super(message);
    }
}
