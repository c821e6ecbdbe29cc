package io.newsgraph.graph.request;

import static io.newsgraph.graph.error.ErrorCode.BAD_USER_INPUT;
import static io.newsgraph.graph.error.ErrorCode.GRAPHQL_PARSE_FAILED;
import static io.newsgraph.graph.error.ErrorCode.GRAPHQL_VALIDATION_FAILED;
import static io.newsgraph.graph.error.ErrorCode.INTERNAL_SERVER_ERROR;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.newsgraph.graph.error.ApiException;
import io.newsgraph.graph.error.ErrorCode;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives graphql-java's own errors the {@code extensions.code} that every error of this API carries: a document that
 * does not validate is GRAPHQL_VALIDATION_FAILED, a variable or argument value that does not fit its type
 * BAD_USER_INPUT. An error naming an enum lists the enum's values. SmallRye's lenient number and date scalars let a
 * wrong value through variable coercion and fail the field while it runs: that error is BAD_USER_INPUT too, and the
 * "wrongly returned a null value" error that follows it on a non-null field is dropped (the value was wrong, not the
 * code). An exception that is no {@link ApiException} (a bug, the database gone) is INTERNAL_SERVER_ERROR with the
 * request id, never SmallRye's "System error" with a code made of a Java class name, and is logged with its stack
 * trace, which SmallRye would not log; so is any error whose code is not an {@link ErrorCode}. Registered through
 * {@code META-INF/services}; it adds {@link TextCheck} and its own instrumentation to SmallRye's chain.
 */
public class RequestErrorCodes implements EventingService {
    private static final Logger LOG = Logger.getLogger(RequestErrorCodes.class);
    private static final Pattern ENUM = Pattern.compile("enum '(\\w+)'");
    private static final Pattern UNKNOWN_SCALAR = Pattern.compile("'?Unknown Scalar Type \\[[^\\]]*\\]'?");
    private static final int MAX_MESSAGE = 300;
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) : ");
    /** graphql-java's parser refusing a {@code \\ud800} escape: text no database can store, as in a variable. */
    private static final Pattern UNSTORABLE_ESCAPE = Pattern.compile("Leading surrogate|Trailing surrogate");

    private static final Pattern STRING_VALUE = Pattern.compile("'?StringValue\\{value='([^']*)'\\}'?");
    private static final Pattern OTHER_VALUE = Pattern.compile(
            "'?(?:(?:IntValue|FloatValue|BooleanValue)\\{value=([^}]*)\\}|EnumValue\\{name='(\\w+)'\\})'?");

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallRye = builder.build().getInstrumentation();
        // one chain, not a chain in a chain: every field of every request passes through each link
        List<Instrumentation> chain = new ArrayList<>(
                smallRye instanceof ChainedInstrumentation chained ? chained.getInstrumentations() : List.of(smallRye));
        chain.add(new TextCheck());
        chain.add(new Coding());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static final class Coding implements Instrumentation {
        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(
                ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
            List<ErrorCode> codes = result.getErrors().stream()
                    .map(e -> code(e, result.isDataPresent()))
                    .toList();
            if (codes.stream().allMatch(Objects::isNull)) {
                return CompletableFuture.completedFuture(result);
            }
            ExecutionInput input = parameters.getExecutionInput();
            VariablePath.Misfit misfit = codes.contains(BAD_USER_INPUT)
                    ? VariablePath.of(
                            input.getQuery(), input.getOperationName(), input.getVariables(), parameters.getSchema())
                    : null;
            Set<List<Object>> badArguments = result.getErrors().stream()
                    .filter(e -> result.isDataPresent() && e instanceof ValidationError v && v.getQueryPath() != null)
                    .map(e -> List.<Object>copyOf(((ValidationError) e).getQueryPath()))
                    .collect(Collectors.toSet());
            List<GraphQLError> errors = new ArrayList<>();
            int internal = 0;
            for (int i = 0; i < codes.size(); i++) {
                GraphQLError error = result.getErrors().get(i);
                ErrorCode code = codes.get(i);
                if (error.getErrorType() == ErrorType.NullValueInNonNullableField
                        && error.getPath() != null
                        && badArguments.contains(error.getPath())) {
                    continue;
                }
                if (code == INTERNAL_SERVER_ERROR) {
                    errors.add(internalError(error, internal++));
                } else {
                    errors.add(code == null ? error : coded(error, code, misfit, parameters.getSchema()));
                }
            }
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }
    }

    /**
     * A request error found before execution (by {@code http/OperationGuard}, which answers it with a 400), coded and
     * worded as this instrumentation words it for every other client.
     */
    public static GraphQLError requestError(
            GraphQLError error,
            String query,
            String operationName,
            Map<String, Object> variables,
            GraphQLSchema schema) {
        ErrorCode code = code(error, false);
        if (code == null || code == INTERNAL_SERVER_ERROR) {
            return error;
        }
        VariablePath.Misfit misfit =
                code == BAD_USER_INPUT ? VariablePath.of(query, operationName, variables, schema) : null;
        return coded(error, code, misfit, schema);
    }

    /**
     * The code this error lacks (or has wrong: not an {@link ErrorCode}), or null when it has its code or is not a
     * request error.
     */
    static ErrorCode code(GraphQLError error, boolean executed) {
        if (error instanceof ExceptionWhileDataFetching failed) {
            Throwable exception = failed.getException();
            if (exception instanceof CoercingParseLiteralException
                    || exception instanceof CoercingParseValueException) {
                return BAD_USER_INPUT; // SmallRye converting an argument: "System error", code coercing-parse-literal
            }
            return internal(exception) ? INTERNAL_SERVER_ERROR : null;
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return ErrorCode.of(error.getExtensions().get("code")) == null ? INTERNAL_SERVER_ERROR : null;
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.NullValueInNonNullableField) {
            return INTERNAL_SERVER_ERROR; // the server broke its own schema's promise
        }
        if (type == ErrorType.InvalidSyntax) {
            return UNSTORABLE_ESCAPE.matcher(String.valueOf(error.getMessage())).find()
                    ? BAD_USER_INPUT
                    : GRAPHQL_PARSE_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return error instanceof ValidationError && !executed && scalarForm(error.getMessage()) == null
                    ? GRAPHQL_VALIDATION_FAILED
                    : BAD_USER_INPUT;
        }
        return null;
    }

    /** Not an error meant for the client: SmallRye would say "System error" with a code made of its class name. */
    static boolean internal(Throwable exception) {
        return !(exception instanceof ApiException) && !(exception instanceof GraphQLError);
    }

    /** Logged once per request, with the exception; the client learns only that it happened and the request id. */
    private static GraphQLError internalError(GraphQLError error, int seen) {
        if (seen == 0) {
            LOG.errorf(
                    error instanceof ExceptionWhileDataFetching failed ? failed.getException() : null,
                    "Internal error resolving %s: %s",
                    error.getPath(),
                    error.getMessage());
        }
        Object requestId = MDC.get("requestId");
        return GraphqlErrorBuilder.newError()
                .message("Internal error: the server could not resolve this field. It is"
                        + " logged" + (requestId == null ? "" : " under request id " + requestId)
                        + "; retry later, and report"
                        + " it if it persists.")
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(ErrorType.DataFetchingException)
                .extensions(Map.of("code", INTERNAL_SERVER_ERROR.name()))
                .build();
    }

    private static GraphQLError coded(
            GraphQLError error, ErrorCode code, VariablePath.Misfit misfit, GraphQLSchema schema) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (error instanceof ValidationError validation) {
            extensions.put("validationErrorType", String.valueOf(validation.getValidationErrorType()));
            if (validation.getQueryPath() != null) {
                extensions.put("queryPath", validation.getQueryPath());
            }
        }
        if (error.getExtensions() != null) {
            error.getExtensions().forEach(extensions::putIfAbsent);
        }
        // SmallRye words an exception it does not show as "System error"
        String message = error instanceof ExceptionWhileDataFetching failed
                        && failed.getException().getMessage() != null
                ? failed.getException().getMessage()
                : error.getMessage();
        message = code == BAD_USER_INPUT ? badInput(message, misfit) : message;
        return GraphqlErrorBuilder.newError()
                .message(withEnumValues(readable(message), schema))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    /**
     * Says where the value is wrong when the variables show it; else keeps the message, without the internal type
     * name SmallRye gives an input object and without repeating a whole argument.
     */
    static String badInput(String message, VariablePath.Misfit misfit) {
        if (misfit != null) {
            return "Variable '" + misfit.path().split("[.\\[]", 2)[0] + "' has an invalid value " + misfit;
        }
        String plain = UNKNOWN_SCALAR.matcher(String.valueOf(message)).replaceAll("input");
        return plain.length() <= MAX_MESSAGE ? plain : plain.substring(0, MAX_MESSAGE) + "...";
    }

    /**
     * graphql-java prints literals as its AST objects ({@code StringValue{value='x'}}); the client wrote {@code "x"}.
     * A Date or DateTime that does not parse says what it should look like.
     */
    static String readable(String message) {
        String plain = STRING_VALUE.matcher(String.valueOf(message)).replaceAll("\"$1\"");
        plain = OTHER_VALUE.matcher(plain).replaceAll("$1$2");
        String form = scalarForm(plain);
        if (form != null) { // "Validation error (WrongType@[actors]) : argument 'first' with value ... - form"
            return VALIDATION_PREFIX.matcher(plain).replaceFirst("").replace(" - " + form, ": " + form);
        }
        if (plain.endsWith("is not a valid 'Date'")) {
            return plain + ": a date is YYYY-MM-DD";
        }
        return plain.endsWith("is not a valid 'DateTime'") ? plain + ": write e.g. 2024-11-05T09:30:00Z" : plain;
    }

    /**
     * The form of a scalar value that {@link StrictScalars} refused (a value of the right kind that the type cannot
     * hold, so bad input rather than a document that does not validate), or null.
     */
    private static String scalarForm(String message) {
        return StrictScalars.FORMS.values().stream()
                .filter(form -> String.valueOf(message).endsWith(" - " + form))
                .findFirst()
                .orElse(null);
    }

    /** "... enum 'Stance' ..." gains the values the enum allows, so the client can fix the value without the docs. */
    static String withEnumValues(String message, GraphQLSchema schema) {
        Matcher m = ENUM.matcher(message == null ? "" : message);
        if (!m.find() || !(schema.getType(m.group(1)) instanceof GraphQLEnumType type)) {
            return message;
        }
        return message + " (" + type.getName() + " is one of: "
                + type.getValues().stream()
                        .map(GraphQLEnumValueDefinition::getName)
                        .collect(Collectors.joining(", ")) + ")";
    }
}
