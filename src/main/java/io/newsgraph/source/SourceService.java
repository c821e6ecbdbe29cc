package io.newsgraph.source;

import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Sources keep their text for good (evidence offsets point into it): only the other fields can change. */
@ApplicationScoped
public class SourceService {
    @Inject
    ItemWriter<SourceInput, WriteOrigin> items;
    @Inject
    History history;

    @Transactional
    public void create(SourceInput in, WriteOrigin via) {
        items.create(() -> in.slug() != null && Source.count("slug", in.slug()) > 0, in.slug(), in, via);
    }

    @Transactional
    public void update(String slug, int version, SourceInput in, WriteOrigin via) {
        items.update(slug, version, find(slug).version, in.slug(), in, via);
    }

    /** A source that evidence cites is never deleted: the facts would lose their provenance. */
    @Transactional
    public Deletion delete(String slug, WriteOrigin via) {
        Source s = find(slug);
        long cited = Evidence.count("source", s);
        if (cited > 0) {
            throw new ConflictException("Source '" + slug + "' is cited by " + cited + " evidence spans; delete the"
                    + " facts it supports first (a fact must keep its provenance).");
        }
        history.record(via, "Source", s.id, Operation.DELETE, s.snapshot(), null);
        s.delete();
        return new Deletion(List.of("Source:" + slug), List.of());
    }

    private static Source find(String slug) {
        return Source.<Source>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No source has the slug '" + slug + "'."));
    }
}
