package io.newsgraph.graph;

/**
 * Base of every error whose message is meant for the client. Its subclasses carry the `extensions.code`
 * through SmallRye's {@code @ErrorCode}; anything else is reported as an internal error without details.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message);
    }
}
