package io.newsgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * SQL with {@code :name} parameters turned into JDBC's positional ones. A collection value expands to one {@code ?}
 * per element, so {@code in (:ids)} works as with JPA native queries. Quoted text and {@code ::} casts are left alone.
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

    private NamedSql(List<String> pieces, List<String> names) {
        this.pieces = pieces;
        this.names = names;
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

    /** The positional SQL for these values (collections expanded), built once per shape (collection sizes). */
    String jdbc(Map<String, ?> params) {
        Integer[] sizes = new Integer[names.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = value(params, names.get(i)) instanceof Collection<?> many ? many.size() : -1;
        }
        return cached(shapes, SHAPE_LIMIT, Arrays.asList(sizes), shape -> expand(sizes));
    }

    private String expand(Integer[] sizes) {
        StringBuilder sql = new StringBuilder(pieces.get(0));
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 0) {
                sql.append('?');
            }
            for (int k = 0; k < sizes[i]; k++) {
                sql.append(k == 0 ? "?" : ", ?");
            }
            sql.append(pieces.get(i + 1));
        }
        return sql.toString();
    }

    /** The values in binding order (collections flattened, enums by name). */
    List<Object> values(Map<String, ?> params) {
        List<Object> values = new ArrayList<>();
        for (String name : names) {
            Object value = value(params, name);
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(plain(v)));
            } else {
                values.add(plain(value));
            }
        }
        return values;
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
