package io.newsgraph.graph.write;

import io.newsgraph.graph.sql.Keyed;
import java.util.Map;

/** An entity the history records: its id and its state as a snapshot. */
public interface Recorded extends Keyed {
    Map<String, Object> snapshot();
}
