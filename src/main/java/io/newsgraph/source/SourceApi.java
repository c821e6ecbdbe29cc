package io.newsgraph.source;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.statement.StatementConnection;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementOrder;
import io.newsgraph.statement.StatementReader;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class SourceApi {
    @Inject
    SourceReader sources;

    @Inject
    StatementReader statements;

    @Query("source")
    @Description("The source with this slug.")
    public SourceNode source(@NonNull String slug, @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        OffsetDateTime at = AsOf.of(asOf);
        return sources.bySlug(slug, at)
                .orElseThrow(
                        () -> AsOf.noSlug("source", slug, at, "List them with `sources { nodes { slug title } }`."));
    }

    @Query("sources")
    @Description("Sources, newest publication first.")
    public @NonNull SourceConnection sources(
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after,
            @Description(AsOf.ARGUMENT) OffsetDateTime asOf) {
        return sources.list(Page.of(first, after), AsOf.of(asOf));
    }

    @Description("The full text, verbatim. Evidence offsets index into it.")
    public @NonNull String text(@Source SourceNode source) {
        return Cohort.byId(source, CohortKey.of("text"), sources::texts, "");
    }

    @Description("Statements supported by this source.")
    public @NonNull StatementConnection statements(
            @Source SourceNode source,
            StatementFilter filter,
            @Description("Sort order; ties are broken by creation order.") List<StatementOrder> orderBy,
            @DefaultValue("20") @Description("Page size, 100 at most.") Integer first,
            @Description("Cursor to continue after (`pageInfo.endCursor`).") String after) {
        Page page = Page.of(first, after);
        return Cohort.byId(
                source,
                CohortKey.of("statements", page, filter, orderBy),
                ids -> statements.citing(ids, filter, orderBy, page, source.asOf()),
                null);
    }

    @Name("source")
    @Description("The source the span is taken from.")
    public @NonNull SourceNode evidenceSource(@Source EvidenceNode evidence) {
        return Cohort.toOne(
                evidence, CohortKey.of("source"), e -> e.sourceId, ids -> sources.referenced(ids, evidence.asOf()));
    }

    @Name("totalCount")
    @Description("Number of sources in the whole list, all pages.")
    public int sourceCount(@Source SourceConnection connection) {
        return connection.totalCount();
    }
}
