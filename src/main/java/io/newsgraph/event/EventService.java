package io.newsgraph.event;

import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.statement.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class EventService {
    @Inject
    ItemWriter<EventInput, WriteOrigin> items;
    @Inject
    History history;
    @Inject
    EntityManager em;

    @Transactional
    public void create(EventInput in, WriteOrigin via) {
        items.create(() -> in.slug() != null && Event.count("slug", in.slug()) > 0, in.slug(), in, via);
    }

    @Transactional
    public void update(String slug, int version, EventInput in, WriteOrigin via) {
        items.update(slug, version, find(slug).version, in.slug(), in, via);
    }

    /**
     * Participants, places, estimates and evidence belong to the event and go with it. Statements about it and
     * events following it or part of it block the delete unless {@code cascade}: then the statements are deleted
     * and the other events' links cleared.
     */
    @Transactional
    public Deletion delete(String slug, boolean cascade, WriteOrigin via) {
        Event event = find(slug);
        List<Statement> statements = Statement.list("subjectEvent", event);
        List<Event> linked = Event.list("follows = ?1 or partOf = ?1", event);
        if ((!statements.isEmpty() || !linked.isEmpty()) && !cascade) {
            throw new ConflictException("Event '" + slug + "' is still referenced (" + statements.size()
                    + " statements about it, " + linked.size() + " events following or part of it). Delete those"
                    + " first, or delete with cascade: true.");
        }
        List<String> deleted = new ArrayList<>(List.of("Event:" + slug));
        for (Statement s : statements) {
            history.record(via, "Statement", s.id, Operation.DELETE, s.snapshot(), null);
            deleted.add("Statement:" + s.slug);
            s.delete();
        }
        List<String> detached = new ArrayList<>();
        for (Event other : linked) {
            var before = other.snapshot();
            other.follows = other.follows != null && event.id.equals(other.follows.id) ? null : other.follows;
            other.partOf = other.partOf != null && event.id.equals(other.partOf.id) ? null : other.partOf;
            history.record(via, "Event", other.id, Operation.UPDATE, before, other.snapshot());
            detached.add("Event:" + other.slug);
        }
        history.record(via, "Event", event.id, Operation.DELETE, event.snapshot(), null);
        em.flush();
        event.delete();
        return new Deletion(deleted, detached);
    }

    private static Event find(String slug) {
        return Event.<Event>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No event has the slug '" + slug + "'."));
    }
}
