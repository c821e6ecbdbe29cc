package io.newsgraph.actor;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ActorReader {
    @Inject
    Sql sql;

    public Map<Long, ActorNode> byIds(Set<Long> ids) {
        return byIds(ids, null);
    }

    /** Actors by id that were recorded by {@code asOf} (null: now). */
    public Map<Long, ActorNode> byIds(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + ActorNode.COLUMNS + " from actor a where a.id in (:ids)" + AsOf.and("a", asOf),
                ids,
                asOf,
                row -> new ActorNode(row, 0));
    }

    /**
     * Actors referenced by objects read as of {@code asOf}: all of them, since a reference is today's field value,
     * but read as of {@code asOf} themselves, so their lists are.
     */
    public Map<Long, ActorNode> referenced(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + ActorNode.COLUMNS + " from actor a where a.id in (:ids)",
                ids,
                asOf,
                row -> new ActorNode(row, 0));
    }

    public Optional<ActorNode> bySlug(String slug) {
        return bySlug(slug, null);
    }

    public Optional<ActorNode> bySlug(String slug, OffsetDateTime asOf) {
        return sql
                .rows(
                        "select " + ActorNode.COLUMNS + " from actor a where a.slug = :slug" + AsOf.and("a", asOf),
                        Sql.params("slug", slug, "asOf", asOf))
                .stream()
                .findFirst()
                .map(row -> Cohort.of(List.of(new ActorNode(row, 0)), asOf).get(0));
    }

    public ActorConnection list(ActorFilter filter, List<ActorOrder> orderBy, Page page, OffsetDateTime asOf) {
        Where where = FilterSql.actor(filter, "a", asOf);
        List<ActorNode> rows = new ArrayList<>();
        for (Object[] row : sql.rows(
                "select " + ActorNode.COLUMNS + " from actor a" + where.sql("where")
                        + " order by "
                        + (filter != null && filter.kind() != null && (orderBy == null || orderBy.isEmpty())
                                ? "a.kind, "
                                : "")
                        + SqlOrder.of(orderBy, ActorOrder.NAME_ASC, "a.id")
                        + " offset :off rows fetch next :lim rows only",
                where.params(Sql.params("off", page.offset(), "lim", page.first() + 1)))) {
            rows.add(new ActorNode(row, 0));
        }
        Cohort.of(rows, asOf);
        return new ActorConnection(
                rows,
                page,
                0,
                ids -> sql.counts("select 0, count(*) from actor a" + where.sql("where"), where.params()));
    }

    public Map<Long, List<String>> aliases(Set<Long> actorIds) {
        Map<Long, List<String>> byActor = new HashMap<>();
        for (Object[] row : sql.rows(
                "select actor_id, alias from actor_alias where actor_id in (:ids) order by alias",
                Sql.params("ids", Sql.ids(actorIds)))) {
            byActor.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(Sql.str(row[1]));
        }
        return byActor;
    }

    public Map<Long, RoleNode> rolesByIds(Set<Long> ids) {
        return rolesByIds(ids, null);
    }

    public Map<Long, RoleNode> rolesByIds(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + RoleNode.COLUMNS + " from role r where r.id in (:ids)" + AsOf.and("r", asOf),
                ids,
                asOf,
                row -> new RoleNode(row, 0));
    }

    /**
     * Roles held by each person ({@code r.person_id}) or held in each organization ({@code r.organization_id}), as
     * recorded by {@code asOf} (null: now).
     */
    public Map<Long, RoleConnection> roles(String parentColumn, Set<Long> parentIds, Page page, OffsetDateTime asOf) {
        String parent = "r." + parentColumn;
        String recorded = AsOf.and("r", asOf);
        Map<String, Object> params = AsOf.bind(ParentPages.params(parentIds, page), asOf);
        Map<Long, List<RoleNode>> grouped = ParentPages.group(
                sql.rows(
                        ParentPages.pageSql(
                                parent,
                                RoleNode.COLUMNS,
                                "from role r where " + parent + " in (:ids)" + recorded,
                                "r.since desc nulls last, r.id"),
                        params),
                row -> new RoleNode(row, 1),
                asOf);
        return ParentPages.connections(
                parentIds,
                grouped,
                id -> List.of(),
                (rows, id) -> new RoleConnection(
                        rows,
                        page,
                        id,
                        ids -> sql.counts(
                                "select " + parent + ", count(*) from role r where " + parent + " in (:ids)" + recorded
                                        + " group by " + parent,
                                AsOf.bind(Sql.params("ids", Sql.ids(ids)), asOf))));
    }
}
