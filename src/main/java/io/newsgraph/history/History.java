package io.newsgraph.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.graph.GraphVersion;
import io.newsgraph.search.SearchIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

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

    public void record(Via via, String type, long id, Operation operation, Map<String, ?> before, Map<String, ?> after) {
        Change c = new Change();
        c.entityType = type;
        c.entityId = id;
        c.operation = operation;
        c.before = write(before);
        c.after = write(after);
        c.at = OffsetDateTime.now(ZoneOffset.UTC);
        c.user = via.user();
        c.via = via.channel();
        c.persist();
        version.raise();
        transactionChanges.add(via, type, id, operation);
        if (operation == Operation.DELETE || operation == Operation.MERGE) {
            searchIndex.changed(type, id, operation == Operation.DELETE);
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
