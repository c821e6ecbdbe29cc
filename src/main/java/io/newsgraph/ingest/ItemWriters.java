package io.newsgraph.ingest;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.graph.error.Problem;
import io.newsgraph.graph.error.ValidationException;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/**
 * The single-item writers of the mutations: each writes a bundle of that one item through the bundle ingester, so a
 * mutation gets exactly the checks and upsert rules of a bundle; the history names the mutation.
 */
@ApplicationScoped
public class ItemWriters {
    @Inject
    BundleIngester ingester;

    @Produces
    ItemWriter<SourceInput, WriteOrigin> sources() {
        return writer(ItemKind.SOURCE, in -> new Bundle(null, List.of(in), null, null, null, null, null));
    }

    @Produces
    ItemWriter<ActorInput, WriteOrigin> actors() {
        return writer(ItemKind.ACTOR, in -> new Bundle(null, null, List.of(in), null, null, null, null));
    }

    @Produces
    ItemWriter<LocationInput, WriteOrigin> locations() {
        return writer(ItemKind.LOCATION, in -> new Bundle(null, null, null, List.of(in), null, null, null));
    }

    @Produces
    ItemWriter<RoleInput, WriteOrigin> roles() {
        return writer(ItemKind.ROLE, in -> new Bundle(null, null, null, null, List.of(in), null, null));
    }

    @Produces
    ItemWriter<EventInput, WriteOrigin> events() {
        return writer(ItemKind.EVENT, in -> new Bundle(null, null, null, null, null, List.of(in), null));
    }

    @Produces
    ItemWriter<StatementInput, WriteOrigin> statements() {
        return writer(ItemKind.STATEMENT, in -> new Bundle(null, null, null, null, null, null, List.of(in)));
    }

    private <I> ItemWriter<I, WriteOrigin> writer(ItemKind kind, Function<I, Bundle> bundleOf) {
        return new ItemWriter<>(kind.argument(), (item, via) -> write(kind, bundleOf.apply(item), via));
    }

    /** Problem paths are made relative to the mutation argument: "actors[0].slug" is "actor.slug". */
    private boolean write(ItemKind kind, Bundle bundle, WriteOrigin via) {
        try {
            return ingester.ingestItem(bundle, via).of(kind.type).created() > 0;
        } catch (IngestException e) {
            throw new ValidationException(e.problems().stream()
                    .map(p -> new Problem(
                            p.path().replaceFirst("^[a-z]+\\[0\\]", kind.argument()), p.code(), p.message()))
                    .toList());
        }
    }
}
