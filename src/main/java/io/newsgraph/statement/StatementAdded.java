package io.newsgraph.statement;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A statement that a committed write added. Self-contained (slugs, not nested objects) so a subscriber needs no
 * further reads; fetch details with `statement(slug:)`. Read back from the database after the commit
 * ({@link StatementFeed}).
 */
@Description("A statement just added to the graph (sent after the write committed).")
public record StatementAdded(
        @NonNull String slug,
        @NonNull Stance stance,
        @NonNull Modality modality,
        @NonNull @Description("Speaker slug.") String speaker,

        @NonNull @Description("Slug of the event or actor it is about.")
        String subject,

        @Description("Addressee slug.") String addressee,
        @NonNull String summary,

        @NonNull @Description("Slugs of the sources its evidence comes from.")
        List<@NonNull String> sources) {}
