package io.newsgraph.location;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.sql.VersionReader;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.Writes;
import io.newsgraph.history.Author;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Writes
public class LocationMutations {
    @Inject
    LocationService service;

    @Inject
    LocationReader locations;

    @Inject
    VersionReader versions;

    @Inject
    Author author;

    @Mutation("createLocation")
    @RolesAllowed("editor")
    @Description("Adds a place.")
    public @NonNull LocationNode createLocation(@NonNull LocationInput location) {
        service.create(location, author.current("createLocation"));
        return locations.bySlug(location.slug()).orElseThrow();
    }

    @Mutation("updateLocation")
    @RolesAllowed("editor")
    @Description("Changes a place. `version` is the one you read; a stale one is a CONFLICT.")
    public @NonNull LocationNode updateLocation(@NonNull String slug, int version, @NonNull LocationInput location) {
        service.update(slug, version, location, author.current("updateLocation"));
        return locations.bySlug(slug).orElseThrow();
    }

    @Mutation("deleteLocation")
    @RolesAllowed("admin")
    @Description("Deletes a place. CONFLICT while events are held there or places lie within it, unless `cascade`.")
    public @NonNull Deletion deleteLocation(@NonNull String slug, @DefaultValue("false") boolean cascade) {
        return service.delete(slug, cascade, author.current("deleteLocation"));
    }

    @Description("Optimistic-lock version: send it back with an update.")
    public int version(@Source LocationNode location) {
        return Cohort.byId(location, CohortKey.of("version"), ids -> versions.of(VersionReader.Table.location, ids), 0);
    }
}
