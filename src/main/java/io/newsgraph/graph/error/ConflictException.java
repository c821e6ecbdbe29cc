package io.newsgraph.graph.error;

/** The write contradicts what is stored (a stale version, a reference still in use); nothing was written. */
public class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
