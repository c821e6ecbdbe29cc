package io.newsgraph.actor;

import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.graph.error.ValidationException;
import io.newsgraph.graph.write.Changes;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.write.Upserted;
import io.newsgraph.graph.write.WriteChecks;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Roles are keyed by (person, organization, title); a different title is a different role. */
@ApplicationScoped
public class RoleService {
    @Inject
    ItemWriter<RoleInput, WriteOrigin> items;

    @Inject
    History history;

    @Transactional
    public long create(RoleInput in, WriteOrigin via) {
        if (find(in).isPresent()) {
            throw new ConflictException("'" + in.person() + "' already holds '" + in.title() + "' in '"
                    + in.organization() + "': update that role instead.");
        }
        items.write(in, via);
        return find(in).orElseThrow().id;
    }

    @Transactional
    public void update(long id, int version, RoleInput in, WriteOrigin via) {
        Role role = byId(id);
        WriteChecks.version("This role", version, role.version);
        if (!role.person.slug.equals(in.person())
                || !role.organization.slug.equals(in.organization())
                || !role.title.equals(in.title())) {
            throw new ValidationException(
                    "role",
                    "person, organization and title identify the role and stay '" + role.person.slug + "', '"
                            + role.organization.slug + "', '" + role.title + "'");
        }
        items.write(in, via);
    }

    /**
     * Writes a bundle's role to the stored one of the person, organization and title ({@code personsRoles} are the
     * person's stored roles), or to a new one; its evidence is written after it.
     */
    public Upserted<Role> upsert(RoleInput in, Actor person, Actor organization, List<Role> personsRoles) {
        Role r = person.id == null || organization.id == null
                ? null
                : personsRoles.stream()
                        .filter(x -> x.organization.id.equals(organization.id) && x.title.equals(in.title()))
                        .findFirst()
                        .orElse(null);
        boolean isNew = r == null;
        Map<String, Object> before = isNew ? null : r.snapshot();
        if (isNew) {
            r = new Role();
            r.person = person;
            r.organization = organization;
            r.title = in.title();
        }
        Changes c = new Changes();
        r.since = c.keep(r.since, in.since());
        r.until = c.keep(r.until, in.until());
        if (isNew) {
            r.persist();
        }
        return new Upserted<>(r, isNew, c.changed(), before);
    }

    @Transactional
    public Deletion delete(long id, WriteOrigin via) {
        Role role = byId(id);
        history.record(via, "Role", id, Operation.DELETE, role.snapshot(), null);
        role.delete();
        return new Deletion(List.of("Role:" + id), List.of());
    }

    private static Optional<Role> find(RoleInput in) {
        return Role.<Role>find(
                        "person.slug = ?1 and organization.slug = ?2 and title = ?3",
                        in.person(),
                        in.organization(),
                        in.title())
                .firstResultOptional();
    }

    private static Role byId(long id) {
        Role role = Role.findById(id);
        if (role == null) {
            throw new NotFoundException("No role has this id.");
        }
        return role;
    }
}
