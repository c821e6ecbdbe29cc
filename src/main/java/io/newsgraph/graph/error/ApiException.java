package io.newsgraph.graph.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * Base of every error whose message is meant for the client, with its {@link ErrorCode}. Being a {@link GraphQLError}
 * lets it give the GraphQL error its {@code extensions} (graphql-java copies them, SmallRye keeps the fields listed in
 * {@code quarkus.smallrye-graphql.error-extension-fields}); anything else is reported as an internal error without
 * details.
 */
public abstract class ApiException extends RuntimeException implements GraphQLError {
    private final ErrorCode code;

    protected ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
