package io.newsgraph.statement;

import io.newsgraph.filter.FilterSql;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.relay.ParentPages;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.graph.sql.Sql;
import io.newsgraph.graph.sql.SqlOrder;
import io.newsgraph.graph.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class StatementReader {
    /** How a parent reaches its statements. */
    public enum ParentColumn {
        SPEAKER("s.speaker_id"),
        SUBJECT_ACTOR("s.subject_actor_id"),
        SUBJECT_EVENT("s.subject_event_id"),
        ADDRESSEE("s.addressee_id");

        final String column;

        ParentColumn(String column) {
            this.column = column;
        }
    }

    @Inject
    Sql sql;

    /** Statements by id that were recorded by {@code asOf} (null: now). */
    public Map<Long, StatementNode> byIds(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + StatementNode.COLUMNS + " from statement s where s.id in (:ids)" + AsOf.and("s", asOf),
                ids,
                asOf,
                row -> new StatementNode(row, 0));
    }

    public Map<Long, StatementNode> byIds(Set<Long> ids) {
        return byIds(ids, null);
    }

    public Optional<StatementNode> bySlug(String slug) {
        return bySlug(slug, null);
    }

    public Optional<StatementNode> bySlug(String slug, OffsetDateTime asOf) {
        return sql
                .rows(
                        "select " + StatementNode.COLUMNS + " from statement s where s.slug = :slug"
                                + AsOf.and("s", asOf),
                        Sql.params("slug", slug, "asOf", asOf))
                .stream()
                .findFirst()
                .map(row -> Cohort.of(List.of(new StatementNode(row, 0)), asOf).get(0));
    }

    public StatementConnection list(
            StatementFilter filter, List<StatementOrder> orderBy, Page page, OffsetDateTime asOf) {
        Where where = FilterSql.statement(filter, "s", asOf);
        List<StatementNode> rows = new ArrayList<>();
        // A leading column fixed by the filter changes nothing in the order but lets H2 read the composite index in
        // order
        String order = filter != null && filter.stance() != null && (orderBy == null || orderBy.isEmpty())
                ? "s.stance, " + order(orderBy)
                : order(orderBy);
        sql.rows(
                        "select " + StatementNode.COLUMNS + " from statement s" + where.sql("where") + " order by "
                                + order + " offset :off rows fetch next :lim rows only",
                        where.params(Sql.params("off", page.offset(), "lim", page.first() + 1)))
                .forEach(row -> rows.add(new StatementNode(row, 0)));
        Cohort.of(rows, asOf);
        return new StatementConnection(
                rows,
                page,
                0,
                ids -> sql.counts("select 0, count(*) from statement s" + where.sql("where"), where.params()));
    }

    /** A page of statements per parent, the parent reached through {@code link}, as recorded by {@code asOf}. */
    public Map<Long, StatementConnection> linked(
            ParentColumn link,
            Set<Long> parentIds,
            StatementFilter filter,
            List<StatementOrder> orderBy,
            Page page,
            OffsetDateTime asOf) {
        Where where = FilterSql.statement(filter, "s", asOf);
        String from = "from statement s where " + link.column + " in (:ids)" + where.sql("and");
        String perParent = "from statement s where " + link.column + " = :parentId" + where.sql("and");
        String rows = sql.arrays()
                ? ParentPages.lateralSql(link.column, StatementNode.COLUMNS, perParent, order(orderBy), "s")
                : parentIds.size() <= ParentPages.PER_PARENT_MAX
                        ? ParentPages.perParentSql(
                                link.column, StatementNode.COLUMNS, perParent, order(orderBy), "s", parentIds.size())
                        : ParentPages.pageSql(link.column, StatementNode.COLUMNS, from, order(orderBy));
        return nested(link.column, from, rows, parentIds, where, page);
    }

    /** A page per source of the statements that cite it, as recorded by {@code asOf}. */
    public Map<Long, StatementConnection> citing(
            Set<Long> sourceIds, StatementFilter filter, List<StatementOrder> orderBy, Page page, OffsetDateTime asOf) {
        Where where = FilterSql.statement(filter, "s", asOf);
        String from = "from statement s join (select distinct source_id, statement_id from evidence"
                + " where statement_id is not null and source_id in (:ids)) cs on cs.statement_id = s.id"
                + where.sql("where");
        return nested(
                "cs.source_id",
                from,
                ParentPages.pageSql("cs.source_id", StatementNode.COLUMNS, from, order(orderBy)),
                sourceIds,
                where,
                page);
    }

    private Map<Long, StatementConnection> nested(
            String parent, String from, String rowsSql, Set<Long> parentIds, Where where, Page page) {
        Map<Long, List<StatementNode>> grouped = ParentPages.group(
                sql.rows(rowsSql, where.params(ParentPages.params(parentIds, page))),
                row -> new StatementNode(row, 1),
                where.asOf());
        return ParentPages.connections(
                parentIds,
                grouped,
                id -> List.of(),
                (rows, id) -> new StatementConnection(
                        rows,
                        page,
                        id,
                        ids -> sql.counts(
                                "select " + parent + ", count(*) " + from + " group by " + parent,
                                where.params(Sql.params("ids", Sql.ids(ids))))));
    }

    private static String order(List<StatementOrder> orderBy) {
        return SqlOrder.of(orderBy, StatementOrder.MADE_ON_DESC, "s.id");
    }
}
