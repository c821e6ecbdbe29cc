package io.newsgraph.event;

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
public class EventMutations {
    @Inject
    EventService service;

    @Inject
    EventReader events;

    @Inject
    VersionReader versions;

    @Inject
    Author author;

    @Mutation("createEvent")
    @RolesAllowed("editor")
    @Description("Adds an event of any kind (a COOPERATION needs two parties; troop estimates need troops > 0).")
    public @NonNull EventNode createEvent(@NonNull EventInput event) {
        service.create(event, author.current("createEvent"));
        return events.bySlug(event.slug()).orElseThrow();
    }

    @Mutation("updateEvent")
    @RolesAllowed("editor")
    @Description("Changes an event. `version` is the one you read; a stale one is a CONFLICT.")
    public @NonNull EventNode updateEvent(@NonNull String slug, int version, @NonNull EventInput event) {
        service.update(slug, version, event, author.current("updateEvent"));
        return events.bySlug(slug).orElseThrow();
    }

    @Mutation("deleteEvent")
    @RolesAllowed("admin")
    @Description("Deletes an event with its participants, places, estimates and evidence. CONFLICT while statements"
            + " are about it or events follow it, unless `cascade`.")
    public @NonNull Deletion deleteEvent(@NonNull String slug, @DefaultValue("false") boolean cascade) {
        return service.delete(slug, cascade, author.current("deleteEvent"));
    }

    @Description("Optimistic-lock version: send it back with an update.")
    public int version(@Source EventNode event) {
        return Cohort.byId(
                (EventBase) event, CohortKey.of("version"), ids -> versions.of(VersionReader.Table.event, ids), 0);
    }
}
