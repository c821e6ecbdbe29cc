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
import java.util.ArrayList;
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
    public record Entry(String type, long id, Operation operation, Map<String, ?> before, Map<String, ?> after) {}

    public void record(
            WriteOrigin via, String type, long id, Operation operation, Map<String, ?> before, Map<String, ?> after) {
        recordAll(via, List.of(new Entry(type, id, operation, before, after)));
    }

    /** Records the changes of one write, with JDBC batches (a bundle ingest records thousands). */
    public void recordAll(WriteOrigin via, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<Change> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Change row = new Change();
            row.id = ids.next(Change.class);
            row.entityType = e.type();
            row.entityId = e.id();
            row.operation = e.operation();
            row.before = write(e.before());
            row.after = write(e.after());
            row.at = at;
            row.userName = via.user();
            row.via = via.channel();
            rows.add(row);
        }
        em.unwrap(Session.class)
                .doWork(connection ->
                        JdbcBatch.run(connection, Change.COLUMNS.insertSql(), rows, 500, Change.COLUMNS::bind));
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
