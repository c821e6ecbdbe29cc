package io.newsgraph.actor;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.error.BadUserInputException;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.sql.VersionReader;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.Writes;
import io.newsgraph.history.Author;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Writes
public class RoleMutations {
    @Inject
    RoleService service;

    @Inject
    ActorReader actors;

    @Inject
    VersionReader versions;

    @Inject
    Author author;

    @Mutation("createRole")
    @RolesAllowed("editor")
    @Description("Adds a position a person holds in an organization or state, with evidence.")
    public @NonNull RoleNode createRole(@NonNull RoleInput role) {
        return byId(service.create(role, author.current("createRole")));
    }

    @Mutation("updateRole")
    @RolesAllowed("editor")
    @Description("Changes a role's dates and evidence. `version` is the one you read; a stale one is a CONFLICT.")
    public @NonNull RoleNode updateRole(@NonNull @Id String id, int version, @NonNull RoleInput role) {
        long dbId = dbId(id);
        service.update(dbId, version, role, author.current("updateRole"));
        return byId(dbId);
    }

    @Mutation("deleteRole")
    @RolesAllowed("admin")
    @Description("Deletes a role with its evidence.")
    public @NonNull Deletion deleteRole(@NonNull @Id String id) {
        return service.delete(dbId(id), author.current("deleteRole"));
    }

    @Description("Optimistic-lock version: send it back with an update.")
    public int version(@Source RoleNode role) {
        return Cohort.byId(role, CohortKey.of("version"), ids -> versions.of(VersionReader.Table.role, ids), 0);
    }

    private RoleNode byId(long id) {
        return actors.rolesByIds(Set.of(id)).get(id);
    }

    private static long dbId(String id) {
        GlobalId parsed = GlobalId.parse(id);
        if (!parsed.type().equals("Role")) {
            throw new BadUserInputException("'" + id + "' is not a role id.");
        }
        return parsed.dbId();
    }
}
