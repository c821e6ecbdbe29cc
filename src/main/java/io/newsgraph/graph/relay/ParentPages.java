package io.newsgraph.graph.relay;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One query for a page of a to-many field under every parent of a level (row_number() per parent). */
public final class ParentPages {
    private ParentPages() {}

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

    /** Parents up to this many get {@link #perParentSql}. */
    public static final int PER_PARENT_MAX = 100;

    /**
     * One top-N query per parent, joined with {@code union all}: each part reads just its page, from an index in the
     * page's order when there is one, where the {@code row_number()} window of {@link #pageSql} numbers every row of
     * every parent (and a busy actor has thousands). {@code from} selects one parent's rows with {@code = :parentId};
     * {@code order} must only name columns of the select list under the table alias {@code alias}, as the outer query
     * sorts by it again (a union does not keep its parts' order). Bind {@link #params}.
     */
    public static String perParentSql(
            String parent, String columns, String from, String order, String alias, int parents) {
        StringBuilder sql = new StringBuilder("select * from (");
        for (int i = 0; i < parents; i++) {
            sql.append(i == 0 ? "(" : " union all (")
                    .append("select ")
                    .append(parent)
                    .append(" as parent_id, ")
                    .append(columns)
                    .append(' ')
                    .append(from.replace(":parentId", ":p" + i))
                    .append(" order by ")
                    .append(order)
                    .append(" offset :pageOffset rows fetch next :pageFetch rows only)");
        }
        return sql.append(") ")
                .append(alias)
                .append(" order by ")
                .append(alias)
                .append(".parent_id, ")
                .append(order)
                .toString();
    }

    /**
     * {@link #perParentSql} for PostgreSQL: the same top-N read per parent as a lateral join over the parent ids (one
     * array parameter), one statement text for any number of parents, where a union of twenty parts cost PostgreSQL
     * 2-3 ms to plan on every request.
     */
    public static String lateralSql(String parent, String columns, String from, String order, String alias) {
        return "select " + alias + ".* from unnest(:ids) as parent(id) cross join lateral (select " + parent
                + " as parent_id, " + columns + ' ' + from.replace(":parentId", "parent.id") + " order by " + order
                + " offset :pageOffset rows fetch next :pageFetch rows only) " + alias + " order by " + alias
                + ".parent_id, " + order;
    }

    public static Map<String, Object> params(Set<Long> parentIds, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", Sql.ids(parentIds));
        params.put("pageOffset", page.offset());
        params.put("pageLimit", page.offset() + page.first() + 1);
        params.put("pageFetch", page.first() + 1);
        int i = 0;
        for (Long id : parentIds) {
            params.put("p" + i++, id);
        }
        return params;
    }

    /** Rows whose first column is the parent id, mapped (from column 1 on) and grouped per parent in order. */
    public static <T> Map<Long, List<T>> group(List<Object[]> rows, Function<Object[], T> mapper) {
        return group(rows, mapper, null);
    }

    /** Like {@link #group(List, Function)}, the items read as of {@code asOf} (null: now). */
    public static <T> Map<Long, List<T>> group(
            List<Object[]> rows, Function<Object[], T> mapper, java.time.OffsetDateTime asOf) {
        Map<Long, List<T>> byParent = new LinkedHashMap<>();
        List<T> all = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            T item = mapper.apply(row);
            all.add(item);
            byParent.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(item);
        }
        Cohort.of(all, asOf);
        return byParent;
    }

    /** Turns grouped pages into one connection per requested parent (empty ones included), as one cohort. */
    public static <C extends Connection<?, ?>, T> Map<Long, C> connections(
            Set<Long> parentIds,
            Map<Long, List<T>> byParent,
            Function<Long, List<T>> none,
            ConnectionFactory<T, C> factory) {
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
