package io.newsgraph.event;

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
import java.util.function.Function;

@ApplicationScoped
public class EventReader {
    @Inject
    Sql sql;

    public Map<Long, EventNode> byIds(Set<Long> ids) {
        return byIds(ids, null);
    }

    /** Events by id that were recorded by {@code asOf} (null: now). */
    public Map<Long, EventNode> byIds(Set<Long> ids, OffsetDateTime asOf) {
        return byIds(ids, asOf, AsOf.and("e", asOf));
    }

    /** Events referenced by objects read as of {@code asOf}: all of them, read as of {@code asOf} themselves. */
    public Map<Long, EventNode> referenced(Set<Long> ids, OffsetDateTime asOf) {
        return byIds(ids, asOf, "");
    }

    private Map<Long, EventNode> byIds(Set<Long> ids, OffsetDateTime asOf, String recorded) {
        Map<Long, EventNode> byId = new HashMap<>();
        Cohort.byIds(
                        sql,
                        "select " + EventBase.COLUMNS + " from event e where e.id in (:ids)" + recorded,
                        ids,
                        asOf,
                        row -> (EventBase) EventBase.of(row, 0))
                .forEach((id, event) -> byId.put(id, (EventNode) event));
        return byId;
    }

    public Optional<EventNode> bySlug(String slug) {
        return bySlug(slug, null);
    }

    public Optional<EventNode> bySlug(String slug, OffsetDateTime asOf) {
        return sql
                .rows(
                        "select " + EventBase.COLUMNS + " from event e where e.slug = :slug" + AsOf.and("e", asOf),
                        Sql.params("slug", slug, "asOf", asOf))
                .stream()
                .findFirst()
                .map(row -> Cohort.of(List.of(EventBase.of(row, 0)), asOf).get(0));
    }

    public EventConnection list(EventFilter filter, List<EventOrder> orderBy, Page page, OffsetDateTime asOf) {
        Where where = FilterSql.event(filter, "e", asOf);
        List<EventNode> rows = new ArrayList<>();
        // As for statements: a filter-fixed leading column lets H2 read the (kind, started_on) index in order
        String order = filter != null && filter.kind() != null && (orderBy == null || orderBy.isEmpty())
                ? "e.kind, " + order(orderBy)
                : order(orderBy);
        sql.rows(
                        "select " + EventBase.COLUMNS + " from event e" + where.sql("where") + " order by " + order
                                + " offset :off rows fetch next :lim rows only",
                        where.params(Sql.params("off", page.offset(), "lim", page.first() + 1)))
                .forEach(row -> rows.add(EventBase.of(row, 0)));
        Cohort.of(rows, asOf);
        return new EventConnection(
                rows,
                page,
                0,
                ids -> sql.counts("select 0, count(*) from event e" + where.sql("where"), where.params()));
    }

    /** Events each actor takes part in (any role), a page per actor, as recorded by {@code asOf}. */
    public Map<Long, EventConnection> ofActors(
            Set<Long> actorIds, EventFilter filter, List<EventOrder> orderBy, Page page, OffsetDateTime asOf) {
        Where where = FilterSql.event(filter, "e", asOf);
        String from = "from event e join (select distinct actor_id, event_id from event_participant where actor_id in "
                + "(:ids)) ap"
                + " on ap.event_id = e.id" + where.sql("where");
        return nested("ap.actor_id", from, actorIds, where, orderBy, page);
    }

    /** Events at each location, a page per location, as recorded by {@code asOf}. */
    public Map<Long, EventConnection> atLocations(Set<Long> locationIds, Page page, OffsetDateTime asOf) {
        Where where = new Where(asOf).recorded("e");
        String from = "from event e join event_location el on el.event_id = e.id where el.location_id in (:ids)"
                + where.sql("and");
        return nested("el.location_id", from, locationIds, where, null, page);
    }

    private Map<Long, EventConnection> nested(
            String parent, String from, Set<Long> parentIds, Where where, List<EventOrder> orderBy, Page page) {
        Map<Long, List<EventNode>> grouped = ParentPages.group(
                sql.rows(
                        ParentPages.pageSql(parent, EventBase.COLUMNS, from, order(orderBy)),
                        where.params(ParentPages.params(parentIds, page))),
                row -> EventBase.of(row, 1),
                where.asOf());
        return ParentPages.connections(
                parentIds,
                grouped,
                id -> List.of(),
                (rows, id) -> new EventConnection(
                        rows,
                        page,
                        id,
                        ids -> sql.counts(
                                "select " + parent + ", count(*) " + from + " group by " + parent,
                                where.params(Sql.params("ids", Sql.ids(ids))))));
    }

    private static String order(List<EventOrder> orderBy) {
        return SqlOrder.of(orderBy, EventOrder.STARTED_ON_DESC, "e.id");
    }

    /** The parts of an event are today's; {@code asOf} is the time the event was read as of. */
    public Map<Long, List<ParticipantNode>> participants(Set<Long> eventIds, OffsetDateTime asOf) {
        return grouped(
                "select p.event_id, " + ParticipantNode.COLUMNS
                        + " from event_participant p where p.event_id in (:ids) order by p.event_id, p.position, p.id",
                eventIds,
                asOf,
                row -> new ParticipantNode(row, 1));
    }

    public Map<Long, List<VisitStop>> stops(Set<Long> eventIds, OffsetDateTime asOf) {
        return grouped(
                "select el.event_id, " + VisitStop.COLUMNS
                        + " from event_location el where el.event_id in (:ids) order by el.event_id, el.position, "
                        + "el.id",
                eventIds,
                asOf,
                row -> new VisitStop(row, 1));
    }

    /** The troop estimates of each deployment recorded by {@code asOf}, latest first. */
    public Map<Long, List<EstimateNode>> estimates(Set<Long> eventIds, OffsetDateTime asOf) {
        return grouped(
                "select x.event_id, " + EstimateNode.COLUMNS + " from estimate x where x.event_id in (:ids)"
                        + AsOf.and("x", asOf) + " order by x.event_id, " + EstimateNode.LATEST_FIRST,
                eventIds,
                asOf,
                row -> new EstimateNode(row, 1));
    }

    public Map<Long, EstimateNode> estimatesByIds(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + EstimateNode.COLUMNS + " from estimate x where x.id in (:ids)" + AsOf.and("x", asOf),
                ids,
                asOf,
                row -> new EstimateNode(row, 0));
    }

    private <T> Map<Long, List<T>> grouped(
            String query, Set<Long> ids, OffsetDateTime asOf, Function<Object[], T> mapper) {
        return ParentPages.group(sql.rows(query, Sql.params("ids", Sql.ids(ids), "asOf", asOf)), mapper, asOf);
    }
}
