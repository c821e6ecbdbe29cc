package io.newsgraph.history;

/** Who makes a write and through what: a mutation name, or a bundle ("bundle:<source slug>"). */
public record Via(String user, String channel) {
    public static final Via SYSTEM = new Via("system", "startup");

    public Via through(String other) {
        return new Via(user, other);
    }
}
