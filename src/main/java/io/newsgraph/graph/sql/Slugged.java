package io.newsgraph.graph.sql;

/** An entity with a natural key: the history records references to it by slug, which outlives ids. */
public interface Slugged extends Keyed {
    String getSlug();
}
