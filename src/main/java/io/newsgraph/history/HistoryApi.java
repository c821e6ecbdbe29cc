package io.newsgraph.history;

import io.newsgraph.graph.relay.GlobalId;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class HistoryApi {
    @Inject
    HistoryReader history;

    @Query("history")
    @Description("Every recorded write to the object with this global `id`, newest first; also after it was deleted.")
    public @NonNull List<@NonNull ChangeNode> history(@NonNull @Id String id) {
        GlobalId parsed = GlobalId.parse(id);
        return history.of(parsed.type(), parsed.dbId());
    }
}
