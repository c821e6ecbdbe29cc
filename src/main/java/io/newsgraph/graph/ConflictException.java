package io.newsgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** The write contradicts what is stored (a stale version, a reference still in use); nothing was written. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(message);
    }
}
