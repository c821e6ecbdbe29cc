package io.newsgraph.graph.batch;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Names one answer a {@link Cohort} keeps: a nested field and every argument its loader depends on, e.g.
 * {@code CohortKey.of("statements", page, filter, orderBy)}. Keys are equal when the field and all arguments are
 * equal, so two aliases of one field with different arguments get separate answers and the same field asked twice
 * with equal arguments shares one. Arguments are compared by value: each is null, a record, an enum, a string, a
 * number, a boolean, a date or time, or a list of those; anything else (compared by identity) is refused.
 */
public record CohortKey(String field, List<Object> arguments) {

    public CohortKey {
        Objects.requireNonNull(field, "field");
        // one copy, kept unmodifiable; List.copyOf would refuse the null arguments
        arguments = arguments.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
        arguments.forEach(CohortKey::requireValue);
    }

    /** The key of {@code field} with these arguments (in the order the field declares them). */
    public static CohortKey of(String field, Object... arguments) {
        return new CohortKey(field, arguments.length == 0 ? List.of() : Arrays.asList(arguments));
    }

    private static void requireValue(Object argument) {
        if (argument instanceof List<?> list) {
            list.forEach(CohortKey::requireValue);
        } else if (!(argument == null
                || argument instanceof Record
                || argument instanceof Enum<?>
                || argument instanceof String
                || argument instanceof Number
                || argument instanceof Boolean
                || argument instanceof TemporalAccessor)) {
            throw new IllegalArgumentException("A cohort key argument must be compared by value, but "
                    + argument.getClass().getName() + " is not a record, enum, string, number, date or list");
        }
    }
}
