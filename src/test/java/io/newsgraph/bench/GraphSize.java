package io.newsgraph.bench;

/** How big a synthetic graph to build; every count can be set with a system property of the same name. */
public record GraphSize(int actors, int statements, int events, int sources, int locations, long seed) {

    public static GraphSize fromSystemProperties() {
        int actors = intProperty("actors", 10_000);
        return new GraphSize(
                actors,
                intProperty("statements", 200_000),
                intProperty("events", 20_000),
                intProperty("sources", 5_000),
                intProperty("locations", Math.max(50, actors / 5)),
                Long.getLong("seed", 42L));
    }

    static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank()
                ? fallback
                : Integer.parseInt(value.replace("_", "").trim());
    }

    @Override
    public String toString() {
        return actors + " actors, " + statements + " statements, " + events + " events, " + sources + " sources, "
                + locations + " locations, seed " + seed;
    }
}
