package io.newsgraph.traversal;

/**
 * One relationship between two vertices, stored in its natural direction (speaker to subject, actor to event,
 * person to organization, member to country, event to the event it follows). {@code via} is the statement, role or
 * estimate that carries it, when there is one; its evidence backs the link.
 */
record Link(Vertex from, Vertex to, Relation relation, String label, Carrier via) {

    enum CarrierKind {
        STATEMENT,
        ROLE,
        ESTIMATE,
        EVENT
    }

    record Carrier(CarrierKind kind, long id) {}

    Vertex other(Vertex v) {
        return from.equals(v) ? to : from;
    }
}
