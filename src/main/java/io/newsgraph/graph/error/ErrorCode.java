package io.newsgraph.graph.error;

/**
 * Every {@code extensions.code} the service answers, and nothing else ({@code graph.request.RequestErrorCodes} gives
 * any other error
 * INTERNAL_SERVER_ERROR). docs/operations.md, "Error codes", lists them with their HTTP status, when they happen and
 * whether a client may retry; {@code ErrorCodesTest} checks that table against this enum and triggers each code.
 */
public enum ErrorCode {
    // the document and its values
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    BAD_USER_INPUT,
    // limits of a document
    MAX_TOKENS_EXCEEDED,
    MAX_DEPTH_EXCEEDED,
    MAX_ALIASES_EXCEEDED,
    MAX_FIELDS_EXCEEDED,
    MAX_DIRECTIVES_EXCEEDED,
    MAX_COST_EXCEEDED,
    // the HTTP exchange and the operation chosen
    BAD_REQUEST,
    METHOD_NOT_ALLOWED,
    UNSUPPORTED_MEDIA_TYPE,
    PAYLOAD_TOO_LARGE,
    BATCHING_NOT_SUPPORTED,
    SUBSCRIPTION_NEEDS_WEBSOCKET,
    INTROSPECTION_DISABLED,
    PERSISTED_QUERY_NOT_FOUND,
    PERSISTED_QUERY_REQUIRED,
    RATE_LIMITED,
    OVERLOADED,
    // the API's answers
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    VALIDATION,
    CONFLICT,
    TIMEOUT,
    DATABASE_UNAVAILABLE,
    INTERNAL_SERVER_ERROR;

    /** The enum value named {@code code}, or null for a code the service does not answer. */
    public static ErrorCode of(Object code) {
        for (ErrorCode value : values()) {
            if (value.name().equals(String.valueOf(code))) {
                return value;
            }
        }
        return null;
    }
}
