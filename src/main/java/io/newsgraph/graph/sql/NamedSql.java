package io.newsgraph.graph.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with {@code :name} parameters turned into JDBC's positional ones. A collection value expands to one {@code ?}
 * per element, so {@code in (:ids)} works as with JPA native queries. Quoted text and {@code ::} casts are left alone.
 * <p>
 * With arrays (PostgreSQL), a collection in {@code in (:x)}, {@code not in (:x)} or {@code unnest(:x)} is bound as
 * one array instead ({@code = any(?)}, {@code <> all(?)}, {@code unnest(?)}): the SQL text no longer depends on how
 * many values there are, so the driver keeps it prepared on the server and PostgreSQL plans it once, where each new
 * list length was a statement parsed and planned afresh.
 */
final class NamedSql {
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, NamedSql> CACHE = new ConcurrentHashMap<>();

    /** Literal SQL pieces; {@code names.get(i)} goes between {@code pieces.get(i)} and {@code pieces.get(i + 1)}. */
    private final List<String> pieces;

    private final List<String> names;
    /** Positional SQL by the size of each parameter (-1: not a collection); nested pages have one per parent count. */
    private final Map<List<Integer>, String> shapes = new ConcurrentHashMap<>();

    private static final int SHAPE_LIMIT = 256;
    /** Per parameter: how it is written when bound as an array, or null when it cannot be. */
    private final List<ArrayForm> arrayForms;
    /** A shape's size for a collection bound as one array. */
    private static final int ARRAY = -2;

    private static final Pattern IN = Pattern.compile("(?i)\\s+(not\\s+)?in\\s*\\(\\s*$");
    private static final Pattern UNNEST = Pattern.compile("(?i)\\bunnest\\s*\\(\\s*$");

    /** {@code keep} characters of the piece before the parameter stay; {@code open} replaces the rest. */
    private record ArrayForm(int keep, String open) {}

    /** A collection bound as one SQL array of {@code type} (a PostgreSQL type name). */
    record ArrayValue(String type, Object[] elements) {}

    private NamedSql(List<String> pieces, List<String> names) {
        this.pieces = pieces;
        this.names = names;
        List<ArrayForm> forms = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            forms.add(pieces.get(i + 1).stripLeading().startsWith(")") ? arrayForm(pieces.get(i)) : null);
        }
        this.arrayForms = forms;
    }

    private static ArrayForm arrayForm(String before) {
        Matcher in = IN.matcher(before);
        if (in.find()) {
            return new ArrayForm(in.start(), in.group(1) == null ? " = any(" : " <> all(");
        }
        Matcher unnest = UNNEST.matcher(before);
        return unnest.find() ? new ArrayForm(unnest.start(), "unnest(") : null;
    }

    static NamedSql of(String sql) {
        return cached(CACHE, CACHE_LIMIT, sql, NamedSql::parse);
    }

    /** A bounded cache: emptied when full, since the keys are the few shapes the code builds. */
    private static <K, V> V cached(Map<K, V> cache, int limit, K key, Function<K, V> make) {
        V value = cache.get(key);
        if (value == null) {
            if (cache.size() > limit) {
                cache.clear();
            }
            value = make.apply(key);
            cache.put(key, value);
        }
        return value;
    }

    static NamedSql parse(String sql) {
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < sql.length()) {
                char next = sql.charAt(i + 1);
                if (next == ':') { // a PostgreSQL cast
                    piece.append("::");
                    i += 2;
                    continue;
                }
                if (Character.isJavaIdentifierStart(next)) {
                    int end = i + 1;
                    while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                        end++;
                    }
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    names.add(sql.substring(i + 1, end));
                    i = end;
                    continue;
                }
            }
            piece.append(c);
            i++;
        }
        pieces.add(piece.toString());
        return new NamedSql(List.copyOf(pieces), List.copyOf(names));
    }

    /**
     * The positional SQL for these values, built once per shape (collection sizes): collections expanded, or with
     * {@code arrays} one array parameter each where they can be.
     */
    String jdbc(Map<String, ?> params, boolean arrays) {
        Integer[] sizes = new Integer[names.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = value(params, names.get(i)) instanceof Collection<?> many
                    ? arrays && arrayForms.get(i) != null ? ARRAY : many.size()
                    : -1;
        }
        return cached(shapes, SHAPE_LIMIT, Arrays.asList(sizes), shape -> expand(sizes));
    }

    private String expand(Integer[] sizes) {
        StringBuilder sql = new StringBuilder(pieces.get(0));
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == ARRAY) {
                ArrayForm form = arrayForms.get(i);
                sql.setLength(sql.length() - pieces.get(i).length() + form.keep());
                sql.append(form.open()).append('?');
            } else if (sizes[i] < 0) {
                sql.append('?');
            }
            for (int k = 0; k < sizes[i]; k++) {
                sql.append(k == 0 ? "?" : ", ?");
            }
            sql.append(pieces.get(i + 1));
        }
        return sql.toString();
    }

    /** The values in binding order (collections flattened, enums by name; arrays as {@link #jdbc} binds them). */
    List<Object> values(Map<String, ?> params, boolean arrays) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Object value = value(params, names.get(i));
            if (value instanceof Collection<?> many && arrays && arrayForms.get(i) != null) {
                values.add(array(many));
            } else if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(plain(v)));
            } else {
                values.add(plain(value));
            }
        }
        return values;
    }

    private static ArrayValue array(Collection<?> values) {
        Object[] elements = values.stream().map(NamedSql::plain).toArray();
        Object first = elements.length == 0 ? 0L : elements[0];
        String type = first instanceof Long ? "bigint" : first instanceof Integer ? "integer" : "text";
        return new ArrayValue(type, elements);
    }

    private static Object value(Map<String, ?> params, String name) {
        if (!params.containsKey(name)) {
            throw new IllegalArgumentException("no value for parameter :" + name);
        }
        return params.get(name);
    }

    private static Object plain(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
