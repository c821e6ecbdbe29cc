package io.newsgraph.ingest;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.write.WriteChecks;
import io.newsgraph.graph.error.Problem;
import io.newsgraph.graph.error.ValidationException;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes one item (actor, event, statement ...) through the bundle ingester, so a mutation gets exactly the checks
 * and upsert rules of a bundle. Problem paths are given relative to the mutation argument ({@code actor.slug}).
 */
@ApplicationScoped
public class ItemWriter {
    @Inject
    BundleIngester ingester;

    public IngestReport write(String argument, Bundle bundle, WriteOrigin via) {
        try {
            return ingester.ingestItem(bundle, via);
        } catch (IngestException e) {
            throw new ValidationException(e.problems().stream()
                    .map(p -> new Problem(p.path().replaceFirst("^[a-z]+\\[0\\]", argument), p.code(), p.message()))
                    .toList());
        }
    }

    /**
     * Creates an item under a new slug; an existing one is a CONFLICT ("update it instead"). Answers whether the ingest
     * created it: an actor whose name or alias is a stored actor's is linked to that one instead.
     */
    public boolean create(String kind, BooleanSupplier exists, String slug, Bundle bundle, WriteOrigin via) {
        if (exists.getAsBoolean()) {
            throw exists(kind, slug);
        }
        IngestReport report = write(kind, bundle, via);
        boolean created = report.counts().stream().anyMatch(c -> c.type().equals(typeOf(kind)) && c.created() > 0);
        if (!created && exists.getAsBoolean()) {
            // Another write committed the slug between the check above and the ingest's own reading, which then took
            // this create for an update of that item; throwing rolls this transaction back.
            throw exists(kind, slug);
        }
        return created;
    }

    /** The report's and the schema's type name of a kind: "actor" is "Actor". */
    private static String typeOf(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private static ConflictException exists(String kind, String slug) {
        return new ConflictException(("aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ") + kind + " with the slug '"
                + slug + "' exists: update it instead.");
    }

    /** Updates the item stored under {@code slug}, read at {@code sentVersion}; the slug itself never changes. */
    public IngestReport update(String kind, String slug, int sentVersion, int storedVersion, String inputSlug, Bundle bundle,
            WriteOrigin via) {
        WriteChecks.version(typeOf(kind) + " '" + slug + "'", sentVersion, storedVersion);
        WriteChecks.sameSlug(kind, slug, inputSlug);
        return write(kind, bundle, via);
    }

    public static Bundle of(SourceInput source) {
        return new Bundle(null, List.of(source), null, null, null, null, null);
    }

    public static Bundle of(ActorInput actor) {
        return new Bundle(null, null, List.of(actor), null, null, null, null);
    }

    public static Bundle of(LocationInput location) {
        return new Bundle(null, null, null, List.of(location), null, null, null);
    }

    public static Bundle of(RoleInput role) {
        return new Bundle(null, null, null, null, List.of(role), null, null);
    }

    public static Bundle of(EventInput event) {
        return new Bundle(null, null, null, null, null, List.of(event), null);
    }

    public static Bundle of(StatementInput statement) {
        return new Bundle(null, null, null, null, null, null, List.of(statement));
    }
}
