package io.newsgraph.history;

/** Who makes a write and through what: a mutation name, or a bundle ("bundle:<source slug>"). */
public record WriteOrigin(String user, String channel) {
    public static final WriteOrigin SYSTEM = new WriteOrigin("system", "startup");

    public WriteOrigin through(String other) {
        return new WriteOrigin(user, other);
    }
}
