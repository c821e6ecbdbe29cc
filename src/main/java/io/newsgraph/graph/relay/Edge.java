package io.newsgraph.graph.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public abstract class Edge<T> {
    private final T node;
    private final String cursor;

    protected Edge(T node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }

    @NonNull
    @Description("Opaque position of this item; pass it as `after` to continue after it.")
    public String getCursor() {
        return cursor;
    }
}
