package io.newsgraph.location;

import io.newsgraph.actor.ActorNode;
import io.newsgraph.actor.ActorReader;
import io.newsgraph.event.EventConnection;
import io.newsgraph.event.EventReader;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class LocationApi {
    @Inject
    LocationReader locations;

    @Inject
    ActorReader actors;

    @Inject
    EventReader events;

    @Query("location")
    @Description("The location with this slug, e.g. `kursk-region`.")
    public LocationNode location(@NonNull String slug, @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        OffsetDateTime at = AsOf.of(asOf);
        return locations
                .bySlug(slug, at)
                .orElseThrow(() -> AsOf.noSlug(
                        "location",
                        slug,
                        at,
                        "Find slugs with `locations(filter: {name: \"...\"}) { nodes { slug name } }`."));
    }

    @Query("locations")
    @Description("Locations ordered by name, optionally filtered.")
    public @NonNull LocationConnection locations(
            LocationFilter filter,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        return locations.list(filter, Page.of(first, after), AsOf.of(asOf));
    }

    @Description("The state the place is in.")
    public ActorNode country(@Source LocationNode location) {
        return Cohort.toOne(
                location, CohortKey.of("country"), l -> l.countryId, ids -> actors.referenced(ids, location.asOf()));
    }

    @Description("The larger place it is part of.")
    public LocationNode parent(@Source LocationNode location) {
        return Cohort.toOne(
                location, CohortKey.of("parent"), l -> l.parentId, ids -> locations.referenced(ids, location.asOf()));
    }

    @Description("Events that take place here.")
    public @NonNull EventConnection events(
            @Source LocationNode location,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        Page page = Page.of(first, after);
        return Cohort.byId(
                location, CohortKey.of("events", page), ids -> events.atLocations(ids, page, location.asOf()), null);
    }

    @Name("totalCount")
    @Description("Number of locations in the whole list, all pages.")
    public int locationCount(@Source LocationConnection connection) {
        return connection.totalCount();
    }
}
