package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What an ingest did (or, for a dry run, would do), per type.")
public record IngestReport(
        @NonNull @Description("True when nothing was written.")
        boolean dryRun,

        @NonNull List<@NonNull TypeCount> counts) {

    @Description("Items of one type that were created, updated or found unchanged.")
    public record TypeCount(
            @NonNull String type,
            @NonNull int created,
            @NonNull int updated,
            @NonNull int unchanged) {}

    /** Tally kept while ingesting, one count per kind in the report's order. */
    static final class Tally {
        private final Map<ItemKind, int[]> counts = new EnumMap<>(ItemKind.class);

        Tally() {
            for (ItemKind kind : ItemKind.values()) {
                counts.put(kind, new int[3]);
            }
        }

        void count(ItemKind kind, boolean isNew, boolean changed) {
            counts.get(kind)[isNew ? 0 : changed ? 1 : 2]++;
        }

        IngestReport report(boolean dryRun) {
            List<TypeCount> list = new ArrayList<>();
            counts.forEach((kind, c) -> list.add(new TypeCount(kind.type, c[0], c[1], c[2])));
            return new IngestReport(dryRun, list);
        }
    }

    public TypeCount of(String type) {
        return counts.stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
    }
}
