package io.newsgraph.graph.sql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQL conditions and their bound parameters, built from a filter. Scopes made with {@link #scope()} share the
 * parameters and the name counter, so nested and/or/not groups and subqueries never clash.
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params;
    private final int[] counter;
    private final OffsetDateTime asOf;

    public Where() {
        this((OffsetDateTime) null);
    }

    /** Conditions for a read as of {@code asOf} (null: now); see {@link #recorded}. */
    public Where(OffsetDateTime asOf) {
        params = new HashMap<>();
        counter = new int[1];
        this.asOf = asOf;
    }

    private Where(Where parent) {
        params = parent.params;
        counter = parent.counter;
        asOf = parent.asOf;
    }

    public OffsetDateTime asOf() {
        return asOf;
    }

    /** Keeps the rows of {@code alias} recorded by the as-of time, if there is one. */
    public Where recorded(String alias) {
        if (asOf != null) {
            params.put("asOf", asOf);
            conditions.add(alias + ".recorded_at <= :asOf");
        }
        return this;
    }

    /** A fresh list of conditions sharing this one's parameters. */
    public Where scope() {
        return new Where(this);
    }

    /** Binds a value and returns its placeholder, e.g. {@code :w3}. */
    public String bind(Object value) {
        String name = "w" + counter[0]++;
        params.put(name, value);
        return ":" + name;
    }

    /** A table alias unique within the statement, e.g. {@code s4}. */
    public String alias(String base) {
        return base + "_" + counter[0]++;
    }

    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** All conditions joined with "and", parenthesized; "1 = 1" when there are none. */
    public String all() {
        return conditions.isEmpty() ? "1 = 1" : "(" + String.join(" and ", conditions) + ")";
    }

    /** " where a and b", " and a and b" (when {@code glue} is "and"), or "" when there is nothing. */
    public String sql(String glue) {
        return conditions.isEmpty() ? "" : " " + glue + " " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    public Map<String, Object> params(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(more);
        return all;
    }

    /** A LIKE pattern matching {@code text} anywhere, case-insensitively; use with {@code escape '\'}. */
    public static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
