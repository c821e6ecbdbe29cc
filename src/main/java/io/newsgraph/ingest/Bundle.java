package io.newsgraph.ingest;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import io.smallrye.graphql.api.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * One report and everything it says, in the ingest format (docs/bundle-format.md): lists of the inputs each domain
 * defines.
 */
@Name("BundleInput")
@Description("One report and everything it says (docs/bundle-format.md); every list is optional.")
public record Bundle(
        String format,
        @Nullable List<@Valid @NotNull SourceInput> sources,
        @Nullable List<@Valid @NotNull ActorInput> actors,
        @Nullable List<@Valid @NotNull LocationInput> locations,
        @Nullable List<@Valid @NotNull RoleInput> roles,
        @Nullable List<@Valid @NotNull EventInput> events,
        @Nullable List<@Valid @NotNull StatementInput> statements) {

    public static final String FORMAT = "newsgraph-bundle/1";

    public List<SourceInput> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public List<ActorInput> actorsOrEmpty() {
        return actors == null ? List.of() : actors;
    }

    public List<LocationInput> locationsOrEmpty() {
        return locations == null ? List.of() : locations;
    }

    public List<RoleInput> rolesOrEmpty() {
        return roles == null ? List.of() : roles;
    }

    public List<EventInput> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }

    public List<StatementInput> statementsOrEmpty() {
        return statements == null ? List.of() : statements;
    }
}
