package io.newsgraph.traversal;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Statements and events of an actor or an event, merged in date order in one SQL statement. */
@ApplicationScoped
public class TimelineReader {
    @Inject
    Sql sql;

    TimelineConnection ofActor(long actorId, LocalDate from, LocalDate to, Page page) {
        String entries = "select 'S' as t, s.id as id, s.made_on as d from statement s where s.speaker_id = :id"
                + " or s.subject_actor_id = :id or s.addressee_id = :id"
                + " union select 'E', e.id, e.started_on from event e where e.id in"
                + " (select p.event_id from event_participant p where p.actor_id = :id)";
        return page(entries, actorId, from, to, page);
    }

    TimelineConnection ofEvent(long eventId, LocalDate from, LocalDate to, Page page) {
        String entries = "select 'S' as t, s.id as id, s.made_on as d from statement s where s.subject_event_id = :id"
                + " union select 'E', e.id, e.started_on from event e where e.id = :id or e.follows_id = :id"
                + " or e.part_of_id = :id or e.id in (select r.follows_id from event r where r.id = :id)"
                + " or e.id in (select r.part_of_id from event r where r.id = :id)";
        return page(entries, eventId, from, to, page);
    }

    private TimelineConnection page(String entries, long id, LocalDate from, LocalDate to, Page page) {
        String where = (from == null ? "" : " and x.d >= :from") + (to == null ? "" : " and x.d <= :to");
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        String base = "from (" + entries + ") x where 1 = 1" + where;
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("off", page.offset());
        paged.put("lim", page.first() + 1);
        List<TimelineEntry> rows = new ArrayList<>();
        for (Object[] row : sql.rows(
                "select x.t, x.id, x.d " + base
                        + " order by x.d asc nulls last, x.t desc, x.id offset :off rows fetch next :lim rows only",
                paged)) {
            rows.add(new TimelineEntry(
                    page.offset() + rows.size(), "E".equals(Sql.str(row[0])), Sql.toLong(row[1]), Sql.toDate(row[2])));
        }
        Cohort.of(rows);
        return new TimelineConnection(
                rows,
                page,
                ids -> Map.of(
                        0L,
                        Sql.toLong(sql.rows("select count(*) " + base, params).get(0)[0])));
    }
}
