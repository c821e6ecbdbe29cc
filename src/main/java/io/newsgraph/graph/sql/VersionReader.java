package io.newsgraph.graph.sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The optimistic-lock versions of read objects, for clients to send back with an update. */
@ApplicationScoped
public class VersionReader {
    public enum Table {
        actor,
        role,
        source,
        location,
        event,
        statement
    }

    @Inject
    Sql sql;

    public Map<Long, Integer> of(Table table, Set<Long> ids) {
        Map<Long, Integer> versions = new HashMap<>();
        sql.rows("select id, version from " + table.name() + " where id in (:ids)", Sql.params("ids", Sql.ids(ids)))
                .forEach(row -> versions.put(Sql.toLong(row[0]), ((Number) row[1]).intValue()));
        return versions;
    }
}
