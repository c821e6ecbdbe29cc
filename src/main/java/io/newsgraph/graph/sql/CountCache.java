package io.newsgraph.graph.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregate answers by query and parameters, each valid for the graph version it was computed at; least recently used
 * go first.
 */
final class CountCache {
    record Key(String sql, Map<String, ?> params) {}

    private record Entry(long version, List<Object[]> rows) {}

    private final Map<Key, Entry> entries;

    CountCache(int size) {
        entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > size;
            }
        };
    }

    synchronized List<Object[]> get(Key key, long version) {
        Entry entry = entries.get(key);
        return entry != null && entry.version() == version ? entry.rows() : null;
    }

    synchronized void put(Key key, long version, List<Object[]> rows) {
        entries.put(key, new Entry(version, List.copyOf(rows)));
    }
}
