package io.newsgraph.graph.sql;

/**
 * An entity other rows refer to by id. The getter is spelled as Panache's generated accessor so that a lazy
 * reference answers it from the proxy, without loading the row.
 */
public interface Keyed {
    Long getId();
}
