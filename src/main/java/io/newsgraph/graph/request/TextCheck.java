package io.newsgraph.graph.request;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.InvalidUnicodeSyntaxException;
import io.newsgraph.graph.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose strings hold text no database can store ({@link StoredText}) before any field runs, so
 * before any SQL: string literals of the document and every variable, with the value's place. It sits in graphql-java's
 * instrumentation chain ({@link RequestErrorCodes} adds it), after parsing, validation and variable coercion and
 * before execution, which every transport goes through (POST, GET, subscriptions over WebSocket), whether or not
 * SmallRye had the document parsed in its cache.
 */
public final class TextCheck implements Instrumentation {
    private static final int MAX_ERRORS = 10;

    @Override
    public ExecutionContext instrumentExecutionContext(
            ExecutionContext context, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = errors(
                context.getExecutionInput().getQuery(),
                context.getDocument(),
                context.getExecutionInput().getRawVariables().toMap());
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return context;
    }

    /** An error for each string of the document or the variables that cannot be stored (at most ten). */
    public static List<GraphQLError> errors(String query, Document document, Map<String, Object> variables) {
        List<GraphQLError> errors = new ArrayList<>();
        if (variables != null) {
            for (Map.Entry<String, Object> variable : variables.entrySet()) {
                StoredText.Misplaced found = StoredText.find(variable.getValue(), variable.getKey());
                if (found != null && errors.size() < MAX_ERRORS) {
                    errors.add(error(
                            "Variable '" + variable.getKey() + "' has an invalid value at " + found.path() + ": "
                                    + found.flaw(),
                            definition(document, variable.getKey())));
                }
            }
        }
        // a string literal holds such a character only if the text has it or writes it as a \\u escape
        if (document != null && query != null && (query.contains("\\u") || StoredText.flaw(query) != null)) {
            literals(document, null, null, errors);
        }
        return errors;
    }

    /**
     * A document that did not parse because it has a lone surrogate (written raw, or as an escape of one, which
     * graphql-java's parser refuses) is bad input like the same text in a variable: the message for it, or null.
     */
    public static String unparsable(String query, InvalidSyntaxException e) {
        StoredText.Flaw raw = StoredText.flaw(query);
        if (raw != null) {
            return "The document has " + raw.what() + " at " + lineAndColumn(query, raw.index())
                    + ", which stored text cannot hold: " + raw.advice();
        }
        if (e instanceof InvalidUnicodeSyntaxException
                && String.valueOf(e.getMessage()).contains("surrogate")) {
            return "The document has an escape of a lone UTF-16 surrogate"
                    + (e.getOffendingToken() == null ? "" : " (" + e.getOffendingToken() + ")")
                    + (e.getLocation() == null
                            ? ""
                            : " at line " + e.getLocation().getLine() + ", column "
                                    + e.getLocation().getColumn())
                    + ", which stored text cannot hold: escape the character whole (both halves of the pair,"
                    + " \\ud83d\\ude00) or remove it";
        }
        return null;
    }

    private static String lineAndColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (index - lineStart + 1);
    }

    /** Walks the document's values, knowing which field or directive, argument and place inside it holds each. */
    private static void literals(Node<?> node, String owner, String path, List<GraphQLError> errors) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        if (node instanceof StringValue string) {
            StoredText.Flaw flaw = StoredText.flaw(string.getValue());
            if (flaw != null) {
                SourceLocation at = string.getSourceLocation();
                String where = at == null ? "" : " (line " + at.getLine() + ", column " + at.getColumn() + ")";
                String argument = String.valueOf(path).split("[.\\[]", 2)[0];
                String subject = owner == null || owner.startsWith("The ")
                        ? String.valueOf(owner)
                        : "Argument '" + argument + "' of " + owner;
                errors.add(error(subject + " has an invalid value at " + path + where + ": " + flaw, at));
            }
            return;
        }
        if (node instanceof Field field) {
            owner = "field '" + field.getName() + "'";
        } else if (node instanceof Directive directive) {
            owner = "directive @" + directive.getName();
        } else if (node instanceof VariableDefinition definition) {
            owner = "The default value of variable '" + definition.getName() + "'";
            path = definition.getName();
        } else if (node instanceof Argument argument) {
            path = argument.getName();
        } else if (node instanceof ObjectField field) {
            path = path + "." + field.getName();
        }
        if (node instanceof ArrayValue array) {
            List<Value> items = array.getValues();
            for (int i = 0; i < items.size(); i++) {
                literals(items.get(i), owner, path + "[" + i + "]", errors);
            }
            return;
        }
        for (Node<?> child : node.getChildren()) {
            literals(
                    child,
                    owner,
                    node instanceof ObjectValue
                                    || node instanceof Argument
                                    || node instanceof ObjectField
                                    || node instanceof VariableDefinition
                            ? path
                            : null,
                    errors);
        }
    }

    private static SourceLocation definition(Document document, String variable) {
        if (document == null) {
            return null;
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (definition.getName().equals(variable)) {
                    return definition.getSourceLocation();
                }
            }
        }
        return null;
    }

    private static GraphQLError error(String message, SourceLocation location) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name()));
        return (location == null ? error : error.location(location)).build();
    }
}
