package io.newsgraph.traversal;

/** A place in the graph walk: an actor or an event, by database id. */
record Vertex(boolean event, long id) {
    static Vertex actor(long id) {
        return new Vertex(false, id);
    }

    static Vertex event(long id) {
        return new Vertex(true, id);
    }
}
