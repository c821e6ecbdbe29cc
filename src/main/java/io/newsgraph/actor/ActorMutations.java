package io.newsgraph.actor;

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
public class ActorMutations {
    @Inject
    ActorService service;

    @Inject
    ActorReader actors;

    @Inject
    VersionReader versions;

    @Inject
    Author author;

    @Mutation("createActor")
    @RolesAllowed("editor")
    @Description("Adds an actor. CONFLICT when the slug exists, or the name or an alias is a known actor's of the same "
            + "kind.")
    public @NonNull ActorNode createActor(@NonNull ActorInput actor) {
        service.create(actor, author.current("createActor"));
        return actors.bySlug(actor.slug()).orElseThrow();
    }

    @Mutation("updateActor")
    @RolesAllowed("editor")
    @Description("Changes an actor (same rules as a bundle: absent optional fields keep their value, aliases are"
            + " added). `version` is the one you read; a stale one is a CONFLICT.")
    public @NonNull ActorNode updateActor(@NonNull String slug, int version, @NonNull ActorInput actor) {
        service.update(slug, version, actor, author.current("updateActor"));
        return actors.bySlug(slug).orElseThrow();
    }

    @Mutation("deleteActor")
    @RolesAllowed("admin")
    @Description("Deletes an actor. CONFLICT while anything refers to it, unless `cascade`: then statements by or"
            + " about it, its roles and participations go too, and other references are cleared.")
    public @NonNull Deletion deleteActor(@NonNull String slug, @DefaultValue("false") boolean cascade) {
        return service.delete(slug, cascade, author.current("deleteActor"));
    }

    @Mutation("mergeActors")
    @RolesAllowed("admin")
    @Description("Entity resolution: moves every reference from `remove` to `keep`, keeps its name and aliases as"
            + " aliases of `keep`, deletes `remove` and records the merge in both histories.")
    public @NonNull ActorNode mergeActors(@NonNull String keep, @NonNull String remove) {
        service.merge(keep, remove, author.current("mergeActors"));
        return actors.bySlug(keep).orElseThrow();
    }

    @Description("Optimistic-lock version: send it back with an update.")
    public int version(@Source ActorNode actor) {
        return Cohort.byId(actor, CohortKey.of("version"), ids -> versions.of(VersionReader.Table.actor, ids), 0);
    }
}
