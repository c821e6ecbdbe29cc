package io.newsgraph.event;

import io.newsgraph.graph.Cohort;
import io.newsgraph.graph.Nested;
import io.newsgraph.graph.Page;
import io.newsgraph.graph.Sql;
import io.newsgraph.filter.FilterSql;
import io.newsgraph.graph.SqlOrder;
import io.newsgraph.graph.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        Map<Long, EventNode> byId = new HashMap<>();
        sql.byIds("select " + EventBase.COLUMNS + " from event e where e.id in (:ids)", ids,
                row -> (EventBase) EventBase.of(row, 0)).forEach((id, event) -> byId.put(id, (EventNode) event));
        return byId;
    }

    public Optional<EventNode> bySlug(String slug) {
        return sql.rows("select " + EventBase.COLUMNS + " from event e where e.slug = :slug", Sql.params("slug", slug))
                .stream().findFirst().map(row -> EventBase.of(row, 0));
    }

    public EventConnection list(EventFilter filter, List<EventOrder> orderBy, Page page) {
        Where where = FilterSql.event(filter, "e");
        List<EventNode> rows = new ArrayList<>();
        // As for statements: a filter-fixed leading column lets H2 read the (kind, started_on) index in order
        String order = filter != null && filter.kind() != null && (orderBy == null || orderBy.isEmpty())
                ? "e.kind, " + order(orderBy) : order(orderBy);
        sql.rows("select " + EventBase.COLUMNS + " from event e" + where.sql("where") + " order by " + order
                + " offset :off rows fetch next :lim rows only",
                where.params(Sql.params("off", page.offset(), "lim", page.first() + 1)))
                .forEach(row -> rows.add(EventBase.of(row, 0)));
        Cohort.of(rows);
        return new EventConnection(rows, page, 0,
                ids -> sql.counts("select 0, count(*) from event e" + where.sql("where"), where.params()));
    }

    /** Events each actor takes part in (any role), a page per actor. */
    public Map<Long, EventConnection> ofActors(Set<Long> actorIds, EventFilter filter, List<EventOrder> orderBy,
            Page page) {
        Where where = FilterSql.event(filter, "e");
        String from = "from event e join (select distinct actor_id, event_id from event_participant where actor_id in (:ids)) ap"
                + " on ap.event_id = e.id" + where.sql("where");
        return nested("ap.actor_id", from, actorIds, where, orderBy, page);
    }

    /** Events at each location, a page per location. */
    public Map<Long, EventConnection> atLocations(Set<Long> locationIds, Page page) {
        String from = "from event e join event_location el on el.event_id = e.id where el.location_id in (:ids)";
        return nested("el.location_id", from, locationIds, new Where(), null, page);
    }

    private Map<Long, EventConnection> nested(String parent, String from, Set<Long> parentIds, Where where,
            List<EventOrder> orderBy, Page page) {
        Map<Long, List<EventNode>> grouped = Nested.group(
                sql.rows(Nested.pageSql(parent, EventBase.COLUMNS, from, order(orderBy)),
                        where.params(Nested.params(parentIds, page))),
                row -> EventBase.of(row, 1));
        return Nested.connections(parentIds, grouped, id -> List.of(),
                (rows, id) -> new EventConnection(rows, page, id, ids -> sql.counts(
                        "select " + parent + ", count(*) " + from + " group by " + parent,
                        where.params(Sql.params("ids", Sql.ids(ids))))));
    }

    private static String order(List<EventOrder> orderBy) {
        return SqlOrder.of(orderBy, EventOrder.STARTED_ON_DESC, "e.id");
    }

    public Map<Long, List<ParticipantNode>> participants(Set<Long> eventIds) {
        return grouped("select p.event_id, " + ParticipantNode.COLUMNS
                + " from event_participant p where p.event_id in (:ids) order by p.event_id, p.position, p.id",
                eventIds, row -> new ParticipantNode(row, 1));
    }

    public Map<Long, List<VisitStop>> stops(Set<Long> eventIds) {
        return grouped("select el.event_id, " + VisitStop.COLUMNS
                + " from event_location el where el.event_id in (:ids) order by el.event_id, el.position, el.id",
                eventIds, row -> new VisitStop(row, 1));
    }

    public Map<Long, List<EstimateNode>> estimates(Set<Long> eventIds) {
        return grouped("select x.event_id, " + EstimateNode.COLUMNS + " from estimate x where x.event_id in (:ids)"
                + " order by x.event_id, x.as_of desc nulls last, x.id desc", eventIds, row -> new EstimateNode(row, 1));
    }

    public Map<Long, EstimateNode> estimatesByIds(Set<Long> ids) {
        return sql.byIds("select " + EstimateNode.COLUMNS + " from estimate x where x.id in (:ids)", ids,
                row -> new EstimateNode(row, 0));
    }

    private <T> Map<Long, List<T>> grouped(String query, Set<Long> ids,
            Function<Object[], T> mapper) {
        return Nested.group(sql.rows(query, Sql.params("ids", Sql.ids(ids))), mapper);
    }

}
