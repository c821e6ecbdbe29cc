package io.newsgraph.ingest;

import io.newsgraph.graph.write.Writes;
import io.newsgraph.history.Author;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Writes
public class IngestApi {
    @Inject
    BundleIngester ingester;

    @Inject
    Author author;

    @Mutation("ingestBundle")
    @RolesAllowed("editor")
    @Description("Loads one report with everything it says (docs/ingest.md): all or nothing, upserting by slug, so"
            + " loading it again changes nothing. A rejection is a VALIDATION (NOT_FOUND, CONFLICT) error listing"
            + " every problem in `extensions.problems`. Needs role editor.")
    public @NonNull IngestReport ingestBundle(
            @NonNull Bundle bundle,
            @DefaultValue("false") @Description("Check and count without writing anything.") boolean dryRun) {
        return ingester.ingest(bundle, dryRun, author.current("ingestBundle"));
    }
}
