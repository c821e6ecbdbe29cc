package io.newsgraph.live;

import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.history.ChangeSet;
import java.util.List;
import java.util.Objects;

/**
 * What the live updates deliver for one committed write: the change for `graphChanged` (null in the continuation
 * notifications of a large write) and the ids of statements it created, for `statementAdded`.
 */
record LiveChange(GraphChange change, List<Long> addedStatements) {

    /**
     * The change of a write made by this instance, with the first {@code maxIds} ids per type and operation, in
     * ascending order as they arrive from a notification.
     */
    static LiveChange of(ChangeSet changes, int maxIds) {
        List<ChangedNodes> entries = changes.changed().stream()
                .filter(c -> ChangeType.of(c.type()) != null)
                .map(c -> new ChangedNodes(
                        ChangeType.of(c.type()),
                        c.operation(),
                        c.ids().size(),
                        c.ids().stream()
                                .limit(maxIds)
                                .sorted()
                                .map(id -> GlobalId.of(c.type(), id))
                                .toList()))
                .toList();
        GraphChange change =
                entries.isEmpty() ? null : new GraphChange(changes.at(), changes.user(), changes.via(), entries);
        return new LiveChange(change, changes.created(ChangeType.STATEMENT.typeName()));
    }

    boolean isEmpty() {
        return change == null && addedStatements.isEmpty();
    }

    @Override
    public String toString() {
        return Objects.toString(change) + " +" + addedStatements.size() + " statements";
    }
}
