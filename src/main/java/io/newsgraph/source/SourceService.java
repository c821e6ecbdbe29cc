package io.newsgraph.source;

import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.graph.write.Changes;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.write.Upserted;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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

    /**
     * Writes a bundle's source to the stored one of its slug in {@code sources}, or to a new one that is added there.
     * A stored source keeps its text (the bundle check refuses another one).
     */
    public Upserted<Source> upsert(SourceInput in, Map<String, Source> sources) {
        Source s = sources.get(in.slug());
        boolean isNew = s == null;
        Map<String, Object> before = isNew ? null : s.snapshot();
        if (isNew) {
            s = new Source();
            s.slug = in.slug();
            s.body = in.text();
            s.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        Changes c = new Changes();
        s.title = c.set(s.title, in.title());
        s.publisher = c.keep(s.publisher, in.publisher());
        s.url = c.keep(s.url, in.url());
        s.publishedOn = c.keep(s.publishedOn, in.publishedOn());
        s.language = c.keep(s.language, in.language());
        if (isNew) {
            s.persist();
            sources.put(s.slug, s);
        }
        return new Upserted<>(s, isNew, c.changed(), before);
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
        return Source.<Source>find("slug", slug)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No source has the slug '" + slug + "'."));
    }
}
