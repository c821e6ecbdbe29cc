package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What an ingest did (or, for a dry run, would do), per type.")
public record IngestReport(
        @NonNull @Description("True when nothing was written.") boolean dryRun,
        @NonNull List<@NonNull TypeCount> counts) {

    @Description("Items of one type that were created, updated or found unchanged.")
    public record TypeCount(@NonNull String type, @NonNull int created, @NonNull int updated, @NonNull int unchanged) {
    }

    /** Tally kept while ingesting. */
    static final class Tally {
        private final Map<String, int[]> counts = new LinkedHashMap<>();

        Tally() {
            for (String type : List.of("Source", "Actor", "Location", "Role", "Event", "Estimate", "Statement")) {
                counts.put(type, new int[3]);
            }
        }

        void created(String type) {
            counts.get(type)[0]++;
        }

        void updated(String type) {
            counts.get(type)[1]++;
        }

        void unchanged(String type) {
            counts.get(type)[2]++;
        }

        void count(String type, boolean isNew, boolean changed) {
            if (isNew) {
                created(type);
            } else if (changed) {
                updated(type);
            } else {
                unchanged(type);
            }
        }

        IngestReport report(boolean dryRun) {
            List<TypeCount> list = new ArrayList<>();
            counts.forEach((type, c) -> list.add(new TypeCount(type, c[0], c[1], c[2])));
            return new IngestReport(dryRun, list);
        }
    }

    public TypeCount of(String type) {
        return counts.stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
    }
}
