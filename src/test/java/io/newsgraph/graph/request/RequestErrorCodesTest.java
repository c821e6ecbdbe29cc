package io.newsgraph.graph.request;

import static graphql.Scalars.GraphQLString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.newsgraph.graph.error.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codes and messages given to graphql-java's errors, and where a variable stops fitting its type. */
class RequestErrorCodesTest {
    private static final GraphQLEnumType KIND = GraphQLEnumType.newEnum()
            .name("EventKind")
            .value("VISIT")
            .value("AID")
            .build();
    private static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .coercing(new graphql.schema.Coercing<Object, Object>() {})
            .build();
    private static final GraphQLInputObjectType EVENT = GraphQLInputObjectType.newInputObject()
            .name("EventInput")
            .field(field("slug", GraphQLNonNull.nonNull(GraphQLString)))
            .field(field("kind", KIND))
            .field(field("startedOn", DATE))
            .build();
    private static final GraphQLInputObjectType BUNDLE = GraphQLInputObjectType.newInputObject()
            .name("BundleInput")
            .field(field("events", GraphQLList.list(GraphQLNonNull.nonNull(EVENT))))
            .build();

    private static GraphQLInputObjectField field(String name, graphql.schema.GraphQLInputType type) {
        return GraphQLInputObjectField.newInputObjectField()
                .name(name)
                .type(type)
                .build();
    }

    @Test
    void eachKindOfRequestErrorGetsItsCode() {
        ValidationError invalid = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("no such field")
                .build();
        assertEquals(ErrorCode.GRAPHQL_VALIDATION_FAILED, RequestErrorCodes.code(invalid, false));
        assertEquals(
                ErrorCode.BAD_USER_INPUT, RequestErrorCodes.code(invalid, true)); // SmallRye's argument check, running
        assertEquals(
                ErrorCode.BAD_USER_INPUT,
                RequestErrorCodes.code(
                        GraphqlErrorBuilder.newError()
                                .message("coercion")
                                .errorType(ErrorType.ValidationError)
                                .build(),
                        false));
        assertEquals(
                ErrorCode.INTERNAL_SERVER_ERROR,
                RequestErrorCodes.code(
                        GraphqlErrorBuilder.newError()
                                .message("null")
                                .errorType(ErrorType.NullValueInNonNullableField)
                                .build(),
                        true));
        assertNull(RequestErrorCodes.code(
                GraphqlErrorBuilder.newError()
                        .message("coded")
                        .errorType(ErrorType.ValidationError)
                        .extensions(Map.of("code", "NOT_FOUND"))
                        .build(),
                false));
    }

    @Test
    void aMisfitIsNamedByItsPlaceAndWhatWasExpected() {
        Map<String, Object> bundle = Map.of(
                "events", List.of(Map.of("slug", "a", "kind", "VISIT"), Map.of("slug", "b", "kind", "ACCESSION")));
        assertEquals(
                "at bundle.events[1].kind: 'ACCESSION' is not a value of enum 'EventKind'",
                VariablePath.misfit(BUNDLE, bundle, "bundle").toString());
        assertEquals(
                "at bundle.events[0].startedOn: expected a date, YYYY-MM-DD, got '2024-06-13T18:00:00Z'",
                VariablePath.misfit(
                                BUNDLE,
                                Map.of("events", List.of(Map.of("slug", "a", "startedOn", "2024-06-13T18:00:00Z"))),
                                "bundle")
                        .toString());
        assertEquals(
                "at bundle.events[0]: expected an object (EventInput), got 'apulia'",
                VariablePath.misfit(BUNDLE, Map.of("events", List.of("apulia")), "bundle")
                        .toString());
        assertEquals(
                "at bundle.events[0].slug: a value is required",
                VariablePath.misfit(BUNDLE, Map.of("events", List.of(Map.of("kind", "AID"))), "bundle")
                        .toString());
        assertEquals(
                "at bundle.events[0].mood: not a field of EventInput",
                VariablePath.misfit(BUNDLE, Map.of("events", List.of(Map.of("slug", "a", "mood", "x"))), "bundle")
                        .toString());
        assertNull(VariablePath.misfit(
                BUNDLE,
                Map.of("events", List.of(Map.of("slug", "a", "kind", "AID", "startedOn", "2024-06-13"))),
                "bundle"));
    }

    @Test
    void messagesShowLiteralsAsWrittenAndStayShort() {
        assertEquals(
                "argument 'asOf' with value \"soon\" is not a valid 'DateTime': write e.g. 2024-11-05T09:30:00Z",
                RequestErrorCodes.readable(
                        "argument 'asOf' with value 'StringValue{value='soon'}' is not a valid" + " 'DateTime'"));
        assertEquals(
                "argument 'first' with value 1.5 is not valid, nor NOPE",
                RequestErrorCodes.readable("argument 'first' with value 'FloatValue{value=1.5}' is not valid, nor"
                        + " 'EnumValue{name='NOPE'}'"));
        String longOne = RequestErrorCodes.badInput(
                "argument 'bundle' with value '" + "x".repeat(1000)
                        + "' is not a valid 'Unknown Scalar Type [io.newsgraph.ingest.Bundle]'",
                null);
        assertEquals(303, longOne.length());
        assertEquals(
                "is not a valid input",
                RequestErrorCodes.badInput("is not a valid 'Unknown Scalar Type [io.newsgraph.ingest.Bundle]'", null));
    }
}
