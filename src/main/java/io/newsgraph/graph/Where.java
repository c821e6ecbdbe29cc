package io.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Accumulates SQL conditions and their named parameters for a filter. */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    public Where and(String condition) {
        conditions.add(condition);
        return this;
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
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
