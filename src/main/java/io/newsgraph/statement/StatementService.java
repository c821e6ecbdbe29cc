package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.event.Event;
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
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class StatementService {
    @Inject
    ItemWriter<StatementInput, WriteOrigin> items;

    @Inject
    History history;

    @Transactional
    public void create(StatementInput in, WriteOrigin via) {
        items.create(() -> in.slug() != null && Statement.count("slug", in.slug()) > 0, in.slug(), in, via);
    }

    @Transactional
    public void update(String slug, int version, StatementInput in, WriteOrigin via) {
        items.update(slug, version, find(slug).version, in.slug(), in, via);
    }

    /**
     * Applies a bundle's statement to the stored one of its slug in {@code statements}, or to a new one, naming
     * actors and events through {@code actors} and {@code events}. Nothing is persisted: the ingest writes new
     * statements in batches, and the evidence of both.
     */
    public Upserted<Statement> upsert(
            StatementInput in,
            Map<String, Statement> statements,
            Map<String, Actor> actors,
            Map<String, Event> events) {
        Statement s = statements.get(in.slug());
        boolean isNew = s == null;
        Map<String, Object> before = isNew ? null : s.snapshot();
        if (isNew) {
            s = new Statement();
            s.slug = in.slug();
        }
        Changes c = new Changes();
        s.speaker = c.ref(s.speaker, actors.get(in.speaker()), a -> a.id);
        s.stance = c.set(s.stance, in.stance());
        s.subjectEvent = c.ref(
                s.subjectEvent,
                in.subject().event() == null ? null : events.get(in.subject().event()),
                e -> e.id);
        s.subjectActor = c.ref(
                s.subjectActor,
                in.subject().actor() == null ? null : actors.get(in.subject().actor()),
                a -> a.id);
        s.addressee = c.ref(s.addressee, in.addressee() == null ? null : actors.get(in.addressee()), a -> a.id);
        s.quote = c.set(s.quote, in.quote());
        s.summary = c.set(s.summary, in.summary());
        s.madeOn = c.set(s.madeOn, in.madeOn());
        s.modality = c.set(s.modality, in.modality() == null ? Modality.ASSERTED : in.modality());
        return new Upserted<>(s, isNew, c.changed(), before);
    }

    /** Nothing refers to a statement; its evidence goes with it. */
    @Transactional
    public Deletion delete(String slug, WriteOrigin via) {
        Statement s = find(slug);
        history.record(via, "Statement", s.id, Operation.DELETE, s.snapshot(), null);
        s.delete();
        return new Deletion(List.of("Statement:" + slug), List.of());
    }

    private static Statement find(String slug) {
        return Statement.<Statement>find("slug", slug)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No statement has the slug '" + slug + "'."));
    }
}
