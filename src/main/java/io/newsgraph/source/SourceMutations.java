package io.newsgraph.source;

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
public class SourceMutations {
    @Inject
    SourceService service;

    @Inject
    SourceReader sources;

    @Inject
    VersionReader versions;

    @Inject
    Author author;

    @Mutation("createSource")
    @RolesAllowed("editor")
    @Description("Adds a report with its full text, verbatim.")
    public @NonNull SourceNode createSource(@NonNull SourceInput source) {
        service.create(source, author.current("createSource"));
        return sources.bySlug(source.slug()).orElseThrow();
    }

    @Mutation("updateSource")
    @RolesAllowed("editor")
    @Description("Changes a report's title, publisher, url, date or language; its text is immutable (CONFLICT).")
    public @NonNull SourceNode updateSource(@NonNull String slug, int version, @NonNull SourceInput source) {
        service.update(slug, version, source, author.current("updateSource"));
        return sources.bySlug(slug).orElseThrow();
    }

    @Mutation("deleteSource")
    @RolesAllowed("admin")
    @Description("Deletes a report that no evidence cites (CONFLICT otherwise).")
    public @NonNull Deletion deleteSource(@NonNull String slug) {
        return service.delete(slug, author.current("deleteSource"));
    }

    @Description("Optimistic-lock version: send it back with an update.")
    public int version(@Source SourceNode source) {
        return Cohort.byId(source, CohortKey.of("version"), ids -> versions.of(VersionReader.Table.source, ids), 0);
    }
}
