package io.newsgraph.history;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Change")
@Description("One recorded write to an object: its state before and after, when, by whom, through what.")
public record ChangeNode(
        @NonNull @Description("CREATE, UPDATE, DELETE or MERGE (this actor absorbed, or was absorbed into, another).")
        Operation operation,

        @NonNull @Description("Object type, e.g. `Actor`.") String type,

        @NonNull @Description("When it was committed (UTC).")
        OffsetDateTime at,

        @NonNull
        @Description("Who: the signed-in user, `system` for the bundled dataset, `cli:<name>` for the command line.")
        String user,

        @NonNull @Description("Through what: the mutation name, with `bundle:<source slug>` for an ingest.")
        String via,

        @Description("The state before as a JSON object; null when created.")
        String before,

        @Description("The state after as a JSON object; null when deleted.")
        String after) {}
