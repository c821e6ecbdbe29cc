package io.newsgraph.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.graph.write.EntityIds;
import io.newsgraph.graph.write.GraphVersion;
import io.newsgraph.graph.write.JdbcBatch;
import io.newsgraph.search.SearchIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Records writes in the change log, in the writer's transaction (a rolled-back write leaves no trace), and collects
 * them for the live updates, which are published only when that transaction commits.
 */
@ApplicationScoped
public class History {
    @Inject
    ObjectMapper json;
    @Inject
    SearchIndexer searchIndex;
    @Inject
    GraphVersion version;
    @Inject
    TransactionChanges transactionChanges;
    @Inject
    EntityManager em;
    @Inject
    EntityIds ids;

    /** One recorded change: the entity's state before and after (null when it did not exist / no longer does). */
    public record Entry(String type, long id, Operation operation, Map<String, ?> before, Map<String, ?> after) {
    }

    public void record(WriteOrigin via, String type, long id, Operation operation, Map<String, ?> before, Map<String, ?> after) {
        recordAll(via, List.of(new Entry(type, id, operation, before, after)));
    }

    /** Records the changes of one write, with JDBC batches (a bundle ingest records thousands). */
    public void recordAll(WriteOrigin via, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> JdbcBatch.run(connection, "insert into change_log (id,"
                + " entity_type, entity_id, operation, before_json, after_json, changed_at, user_name, via)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, 500, (insert, e) -> {
                    insert.setLong(1, ids.next(Change.class));
                    insert.setString(2, e.type());
                    insert.setLong(3, e.id());
                    insert.setString(4, e.operation().name());
                    insert.setString(5, write(e.before()));
                    insert.setString(6, write(e.after()));
                    insert.setObject(7, at);
                    insert.setString(8, via.user());
                    insert.setString(9, via.channel());
                }));
        version.raise();
        for (Entry e : entries) {
            transactionChanges.add(via, e.type(), e.id(), e.operation());
            if (e.operation() == Operation.DELETE || e.operation() == Operation.MERGE) {
                searchIndex.changed(e.type(), e.id(), e.operation() == Operation.DELETE);
            }
        }
    }

    private String write(Map<String, ?> state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
