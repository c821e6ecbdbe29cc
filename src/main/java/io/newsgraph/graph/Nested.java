package io.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One query for a page of a to-many field under every parent of a level (row_number() per parent). */
public final class Nested {
    private Nested() {
    }

    /**
     * Wraps a select whose first column is the parent id so each parent keeps only its page, plus one row to tell
     * whether more follow. {@code from} is everything after the select list (from, joins, where). Bind
     * {@link #params}.
     */
    public static String pageSql(String parent, String columns, String from, String order) {
        return "select * from (select " + parent + " as parent_id, " + columns
                + ", row_number() over (partition by " + parent + " order by " + order + ") as rn "
                + from + ") w where w.rn > :pageOffset and w.rn <= :pageLimit order by w.parent_id, w.rn";
    }

    public static Map<String, Object> params(Set<Long> parentIds, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", Sql.ids(parentIds));
        params.put("pageOffset", page.offset());
        params.put("pageLimit", page.offset() + page.first() + 1);
        return params;
    }

    /** Rows whose first column is the parent id, mapped (from column 1 on) and grouped per parent in order. */
    public static <T> Map<Long, List<T>> group(List<Object[]> rows, Function<Object[], T> mapper) {
        Map<Long, List<T>> byParent = new LinkedHashMap<>();
        List<T> all = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            T item = mapper.apply(row);
            all.add(item);
            byParent.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(item);
        }
        Cohort.of(all);
        return byParent;
    }

    /** Turns grouped pages into one connection per requested parent (empty ones included), as one cohort. */
    public static <C extends Connection<?, ?>, T> Map<Long, C> connections(Set<Long> parentIds,
            Map<Long, List<T>> byParent, Function<Long, List<T>> none, ConnectionFactory<T, C> factory) {
        Map<Long, C> result = new HashMap<>();
        for (Long id : parentIds) {
            result.put(id, factory.create(byParent.getOrDefault(id, none.apply(id)), id));
        }
        Cohort.of(new ArrayList<>(result.values()));
        return result;
    }

    @FunctionalInterface
    public interface ConnectionFactory<T, C> {
        C create(List<T> rows, long parentId);
    }
}
