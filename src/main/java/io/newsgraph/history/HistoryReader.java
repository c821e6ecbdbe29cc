package io.newsgraph.history;

import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class HistoryReader {
    @Inject
    Sql sql;

    /** Changes of one object, newest first. */
    public List<ChangeNode> of(String type, long id) {
        return sql
                .rows(
                        "select operation, entity_type, changed_at, user_name, via, before_json, after_json"
                                + " from change_log where entity_type = :type and entity_id = :id order by id desc",
                        Sql.params("type", type, "id", id))
                .stream()
                .map(r -> new ChangeNode(
                        Operation.valueOf(Sql.str(r[0])),
                        Sql.str(r[1]),
                        toTime(r[2]),
                        Sql.str(r[3]),
                        Sql.str(r[4]),
                        Sql.str(r[5]),
                        Sql.str(r[6])))
                .toList();
    }

    private static OffsetDateTime toTime(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
