package io.newsgraph.live;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What one committed write (a mutation, an ingested bundle) changed in the graph, per object type and"
        + " operation; sent after the commit, never for a rejected or dry-run write.")
public record GraphChange(
        @NonNull @Description("When the write committed (UTC).")
        OffsetDateTime at,

        @NonNull
        @Description("Who wrote: the signed-in user, `system` for the bundled dataset, `cli:<name>` for the"
                + " command line (as in `history`).")
        String user,

        @NonNull
        @Description(
                "Through what: the mutation name, with `bundle:<source slug>` for an ingest (as in" + " `history`).")
        String via,

        @NonNull @Description("One entry per object type and operation, of the types subscribed to.")
        List<@NonNull ChangedNodes> changes) {

    /** This change with only the entries of these types (all when null), or null when none is left. */
    GraphChange only(Set<ChangeType> types) {
        if (types == null) {
            return this;
        }
        List<ChangedNodes> kept =
                changes.stream().filter(c -> types.contains(c.type())).toList();
        return kept.isEmpty() ? null : new GraphChange(at, user, via, kept);
    }
}
