package io.newsgraph.limits;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import io.newsgraph.graph.request.StrictScalars;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures depth, aliases, fields, directives and cost of the operation a request will run. Cost counts the objects
 * it can return: a field costs 1 per parent object, a paged field (one taking {@code first}, or a connection field
 * left at its default page size) multiplies everything below it by its page size.
 */
public final class QueryAnalyzer {
    static final int DEFAULT_PAGE = 20;
    private static final long CAP = Long.MAX_VALUE / 4;

    private final Set<String> pagedFields;

    /** {@code pagedFields}: names of fields that return a page even when {@code first} is not given. */
    public QueryAnalyzer(Set<String> pagedFields) {
        this.pagedFields = pagedFields;
    }

    public QueryCost analyze(Document document, String operationName, Map<String, Object> variables) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        OperationDefinition operation = null;
        for (var definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition f) {
                fragments.put(f.getName(), f);
            } else if (definition instanceof OperationDefinition o
                    && (operationName == null || operationName.equals(o.getName()))) {
                operation = operation == null ? o : operation;
            }
        }
        Walk walk = new Walk(fragments, variables == null ? Map.of() : variables);
        if (operation != null) {
            walk.directives(operation.getDirectives(), "the operation", null);
            walk.selections(operation.getSelectionSet(), 1, 1, new HashSet<>());
        }
        return new QueryCost(walk.depth, walk.aliases, walk.fields, walk.directives, walk.cost, walk.repeated);
    }

    private final class Walk {
        final Map<String, FragmentDefinition> fragments;
        final Map<String, Object> variables;
        int depth;
        int aliases;
        int fields;
        int directives;
        long cost;
        String repeated;

        Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        void selections(SelectionSet set, int level, long multiplier, Set<String> visiting) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    field(field, level, multiplier, visiting);
                } else if (selection instanceof InlineFragment inline) {
                    directives(inline.getDirectives(), "an inline fragment", null);
                    selections(inline.getSelectionSet(), level, multiplier, visiting);
                } else if (selection instanceof FragmentSpread spread) {
                    directives(spread.getDirectives(), "the spread of fragment", spread.getName());
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null && visiting.add(spread.getName())) {
                        selections(fragment.getSelectionSet(), level, multiplier, visiting);
                        visiting.remove(spread.getName());
                    }
                }
            }
        }

        void field(Field field, int level, long multiplier, Set<String> visiting) {
            fields++;
            depth = Math.max(depth, level);
            if (field.getAlias() != null) {
                aliases++;
            }
            directives(field.getDirectives(), "field", field.getName());
            long items = multiplier * pageSize(field);
            cost = Math.min(CAP, cost + items);
            selections(field.getSelectionSet(), level + 1, Math.min(CAP, items), visiting);
        }

        /**
         * Counts the directives of one place and notes the first one given twice there: no directive of this schema is
         * repeatable, and a document of ten {@code @aa} on one field would otherwise get ten errors (graphql-cop's
         * "directive overloading" probe).
         */
        void directives(List<Directive> given, String place, String name) {
            directives += given.size();
            if (repeated == null && given.size() > 1) {
                Set<String> names = new HashSet<>();
                for (Directive directive : given) {
                    if (!names.add(directive.getName())) {
                        repeated = "@" + directive.getName() + " on " + place + (name == null ? "" : " '" + name + "'");
                        return;
                    }
                }
            }
        }

        long pageSize(Field field) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    Long first = number(argument.getValue());
                    return first == null ? DEFAULT_PAGE : Math.max(first, 1);
                }
                if (argument.getName().equals("ids")) {
                    return Math.max(1, count(argument.getValue()));
                }
            }
            return pagedFields.contains(field.getName()) ? DEFAULT_PAGE : 1;
        }

        /** The page size asked for; null when not given or not an Int, which validation then refuses. */
        Long number(Value<?> value) {
            Object number = value instanceof IntValue i
                    ? i.getValue()
                    : value instanceof VariableReference ref ? variables.get(ref.getName()) : null;
            return number instanceof Number n && StrictScalars.isInt(n) ? n.longValue() : null;
        }

        long count(Value<?> value) {
            if (value instanceof ArrayValue array) {
                return array.getValues().size();
            }
            if (value instanceof VariableReference ref) {
                Object v = variables.get(ref.getName());
                return v instanceof Collection<?> c ? c.size() : v instanceof List<?> l ? l.size() : 1;
            }
            return 1;
        }
    }
}
