package io.newsgraph.graph.write;

import java.util.Map;

/**
 * An item an input was written to: whether it is new, whether the write changed it, and its snapshot from before
 * (null when new) for the history.
 */
public record Upserted<T>(T item, boolean isNew, boolean changed, Map<String, Object> before) {
    /** The same item, changed too when {@code also} (its parts, written after it). */
    public Upserted<T> orChanged(boolean also) {
        return new Upserted<>(item, isNew, changed || also, before);
    }
}
