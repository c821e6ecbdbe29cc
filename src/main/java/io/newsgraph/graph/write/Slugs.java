package io.newsgraph.graph.write;

/** The form of a slug, the natural key of every item written by slug (actors, events, sources ...). */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lowercase letters, digits and single hyphens, e.g. 'north-korea'";

    private Slugs() {}
}
