package io.newsgraph.statement;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.sql.VersionReader;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.Writes;
import io.newsgraph.history.Author;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Writes
public class StatementMutations {
    @Inject
    StatementService service;

    @Inject
    StatementReader statements;

    @Inject
    VersionReader versions;

    @Inject
    Author author;

    @Mutation("createStatement")
    @RolesAllowed("editor")
    @Description("Adds a statement; its evidence must name a stored source and occur there verbatim.")
    public @NonNull StatementNode createStatement(@NonNull StatementInput statement) {
        service.create(statement, author.current("createStatement"));
        return statements.bySlug(statement.slug()).orElseThrow();
    }

    @Mutation("updateStatement")
    @RolesAllowed("editor")
    @Description("Changes a statement. `version` is the one you read; a stale one is a CONFLICT.")
    public @NonNull StatementNode updateStatement(
            @NonNull String slug, int version, @NonNull StatementInput statement) {
        service.update(slug, version, statement, author.current("updateStatement"));
        return statements.bySlug(slug).orElseThrow();
    }

    @Mutation("deleteStatement")
    @RolesAllowed("admin")
    @Description("Deletes a statement with its evidence.")
    public @NonNull Deletion deleteStatement(@NonNull String slug) {
        return service.delete(slug, author.current("deleteStatement"));
    }

    @Description("Optimistic-lock version: send it back with an update.")
    public int version(@Source StatementNode statement) {
        return Cohort.byId(
                statement, CohortKey.of("version"), ids -> versions.of(VersionReader.Table.statement, ids), 0);
    }
}
