package io.newsgraph.graph.request;

import graphql.GraphQLContext;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.TypeUtil;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where in the variables a value stops fitting its type, and why ({@code bundle.events[0].kind}: 'ACCESSION' is not a
 * value of enum 'EventKind'). graphql-java says only which variable is wrong, and SmallRye's lenient Date and number
 * scalars let some wrong values through to the field, whose error then prints the whole argument: for a bundle sent
 * as one variable either leaves the client searching. Scalars are checked as strictly as the API means them.
 */
final class VariablePath {
    private VariablePath() {}

    record Misfit(String path, String reason) {
        @Override
        public String toString() {
            return "at " + path + ": " + reason;
        }
    }

    /** The first misfit in the variables of the operation {@code operationName} of {@code query}, or null. */
    static Misfit of(String query, String operationName, Map<String, Object> variables, GraphQLSchema schema) {
        if (query == null || variables == null || variables.isEmpty()) {
            return null;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException e) {
            return null;
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName != null && !operationName.equals(operation.getName())) {
                continue;
            }
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (variables.containsKey(definition.getName())
                        && inputType(schema, definition.getType()) instanceof GraphQLInputType type) {
                    Misfit found = misfit(type, variables.get(definition.getName()), definition.getName());
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** Where below {@code path} the {@code value} does not fit {@code type}, or null when it fits. */
    static Misfit misfit(GraphQLInputType type, Object value, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null
                    ? new Misfit(path, "a value is required")
                    : misfit((GraphQLInputType) nonNull.getWrappedType(), value, path);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> values)) {
                return misfit(item, value, path); // a single value stands for a list of one
            }
            for (int i = 0; i < values.size(); i++) {
                Misfit found = misfit(item, values.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (type instanceof GraphQLInputObjectType object) {
            return objectMisfit(object, value, path);
        }
        if (type instanceof GraphQLEnumType enumType) {
            return value instanceof String s && enumType.getValue(s) != null
                    ? null
                    : new Misfit(path, shown(value) + " is not a value of enum '" + enumType.getName() + "'");
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalarMisfit(scalar, value, path);
        }
        return null;
    }

    private static Misfit objectMisfit(GraphQLInputObjectType object, Object value, String path) {
        if (!(value instanceof Map<?, ?> fields)) {
            return new Misfit(path, "expected an object (" + object.getName() + "), got " + shown(value));
        }
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            GraphQLInputObjectField definition = object.getField(String.valueOf(field.getKey()));
            String at = path + "." + field.getKey();
            Misfit found = definition == null
                    ? new Misfit(at, "not a field of " + object.getName())
                    : misfit(definition.getType(), field.getValue(), at);
            if (found != null) {
                return found;
            }
        }
        for (GraphQLInputObjectField definition : object.getFieldDefinitions()) {
            if (definition.getType() instanceof GraphQLNonNull
                    && !definition.hasSetDefaultValue()
                    && !fields.containsKey(definition.getName())) {
                return new Misfit(path + "." + definition.getName(), "a value is required");
            }
        }
        return null;
    }

    private static Misfit scalarMisfit(GraphQLScalarType scalar, Object value, String path) {
        String expected = switch (scalar.getName()) {
            case "Date" -> StrictScalars.isDate(value) ? null : "a date, YYYY-MM-DD";
            case "DateTime" -> StrictScalars.isDateTime(value) ? null : "a date and time, e.g. 2024-11-05T09:30:00Z";
            case "Int" ->
                StrictScalars.isInt(value)
                        ? null
                        : "an Int, a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            case "Float" -> value instanceof Number || parses(value, Double::parseDouble) ? null : "a number";
            case "Boolean" -> value instanceof Boolean ? null : "true or false";
            case "String" -> value instanceof String ? null : "a string";
            case "ID" ->
                value instanceof String || value instanceof Integer || value instanceof Long
                        ? null
                        : "an id (a string)";
            default -> fitsCoercing(scalar, value) ? null : "a " + scalar.getName();
        };
        return expected == null ? null : new Misfit(path, "expected " + expected + ", got " + shown(value));
    }

    private static boolean parses(Object value, Function<String, ?> parser) {
        if (!(value instanceof String s)) {
            return false;
        }
        try {
            return parser.apply(s) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean fitsCoercing(GraphQLScalarType scalar, Object value) {
        try {
            scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ENGLISH);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A value as the client wrote it, cut short: objects and lists are not repeated whole. */
    private static String shown(Object value) {
        if (value instanceof String s) {
            return "'" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "'";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return String.valueOf(value);
    }

    private static GraphQLType inputType(GraphQLSchema schema, graphql.language.Type<?> type) {
        GraphQLType named = schema.getType(TypeUtil.unwrapAll(type).getName());
        return named == null ? null : wrap(named, type);
    }

    private static GraphQLType wrap(GraphQLType named, graphql.language.Type<?> type) {
        if (type instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(named, nonNull.getType()));
        }
        if (type instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(named, list.getType()));
        }
        return named;
    }
}
