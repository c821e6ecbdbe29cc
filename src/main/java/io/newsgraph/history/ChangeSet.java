package io.newsgraph.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything one transaction wrote, as the change log recorded it: per object type and operation the ids of the
 * objects, in the order they were written.
 */
public record ChangeSet(OffsetDateTime at, String user, String via, List<Changed> changed) {

    /** Ids of the objects of one type that one operation touched. */
    public record Changed(String type, Operation operation, List<Long> ids) {}

    /** Ids of the objects of this type this write created. */
    public List<Long> created(String type) {
        return changed.stream()
                .filter(c -> c.type().equals(type) && c.operation() == Operation.CREATE)
                .findFirst()
                .map(Changed::ids)
                .orElse(List.of());
    }
}
