package io.newsgraph.event;

import io.newsgraph.actor.Actor;
import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.graph.write.Changes;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.write.Upserted;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.location.Location;
import io.newsgraph.statement.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
     * Writes a bundle's event to the stored one of its slug in {@code events}, or to a new one that is added there;
     * follows and partOf are set by {@link #link} once every event of the bundle exists, its parts after it.
     */
    public Upserted<Event> upsert(EventInput in, Map<String, Event> events) {
        Event e = events.get(in.slug());
        boolean isNew = e == null;
        Map<String, Object> before = isNew ? null : e.snapshot();
        if (isNew) {
            e = new Event();
            e.slug = in.slug();
        }
        Changes c = new Changes();
        e.kind = c.set(e.kind, in.kind());
        e.title = c.set(e.title, in.title());
        e.status = c.set(e.status, in.status());
        e.summary = c.keep(e.summary, in.summary());
        e.startedOn = c.keep(e.startedOn, in.startedOn());
        e.endedOn = c.keep(e.endedOn, in.endedOn());
        e.cameoCode = c.keep(e.cameoCode, in.cameoCode());
        e.ploverCode = c.keep(e.ploverCode, in.ploverCode());
        e.purpose = c.keep(e.purpose, in.purpose());
        e.domain = c.keep(e.domain, in.domain());
        e.level = c.keep(e.level, in.level());
        c.link(e.follows, in.follows(), events, x -> x.id);
        c.link(e.partOf, in.partOf(), events, x -> x.id);
        if (isNew) {
            e.persist();
            events.put(e.slug, e);
        }
        return new Upserted<>(e, isNew, c.changed(), before);
    }

    /** Sets what the event follows and is part of, once every event of the bundle is in {@code events}. */
    public void link(EventInput in, Map<String, Event> events) {
        Event e = events.get(in.slug());
        if (in.follows() != null) {
            e.follows = events.get(in.follows());
        }
        if (in.partOf() != null) {
            e.partOf = events.get(in.partOf());
        }
    }

    /**
     * Makes the event's participants {@code wanted}, in that order, unless none are given; {@code stored} are its
     * stored ones. True when they changed.
     */
    public boolean replaceParticipants(
            Event event, List<Participant> stored, List<ParticipantInput> wanted, Map<String, Actor> actors) {
        if (wanted.isEmpty()) {
            return false;
        }
        List<String> before = stored.stream()
                .map(p -> p.actor.id + "/" + p.role + "/" + p.level)
                .toList();
        List<String> after = wanted.stream()
                .map(p -> actors.get(p.actor()).id + "/" + p.role() + "/" + p.level())
                .toList();
        if (before.equals(after)) {
            return false;
        }
        if (!stored.isEmpty()) {
            stored.forEach(Participant::delete);
            em.flush();
        }
        int position = 0;
        for (ParticipantInput in : wanted) {
            Participant p = new Participant();
            p.event = event;
            p.actor = actors.get(in.actor());
            p.role = in.role();
            p.level = in.level();
            p.position = ++position;
            p.persist();
        }
        return true;
    }

    /** Makes the event's places {@code wanted}, in that order, unless none are given. True when they changed. */
    public boolean replaceStops(
            Event event, List<EventLocation> stored, List<StopInput> wanted, Map<String, Location> locations) {
        if (wanted.isEmpty()) {
            return false;
        }
        List<String> before = stored.stream()
                .map(s -> s.location.id + "/" + s.status + "/" + s.arrivedOn)
                .toList();
        List<String> after = wanted.stream()
                .map(s -> locations.get(s.location()).id + "/" + s.status() + "/" + s.arrivedOn())
                .toList();
        if (before.equals(after)) {
            return false;
        }
        if (!stored.isEmpty()) {
            stored.forEach(EventLocation::delete);
            em.flush();
        }
        int position = 0;
        for (StopInput in : wanted) {
            EventLocation s = new EventLocation();
            s.event = event;
            s.location = locations.get(in.location());
            s.status = in.status();
            s.arrivedOn = in.arrivedOn();
            s.position = ++position;
            s.persist();
        }
        return true;
    }

    /**
     * The estimate of the event with the input's troops, qualifier, date and reporter among {@code stored}, or a new
     * one: estimates are never replaced, a newer one from another source sits beside the older ones.
     */
    public Upserted<Estimate> estimate(Event event, List<Estimate> stored, EstimateInput in, Actor reporter) {
        EstimateQualifier qualifier = in.qualifier() == null ? EstimateQualifier.EXACT : in.qualifier();
        Estimate x = stored.stream()
                .filter(s -> s.troops == in.troops() && s.qualifier == qualifier)
                .filter(s -> Objects.equals(s.asOf, in.asOf()))
                .filter(s -> Objects.equals(
                        s.reportedBy == null ? null : s.reportedBy.id, reporter == null ? null : reporter.id))
                .findFirst()
                .orElse(null);
        boolean isNew = x == null;
        if (isNew) {
            x = new Estimate();
            x.event = event;
            x.troops = in.troops();
            x.qualifier = qualifier;
            x.asOf = in.asOf();
            x.reportedBy = reporter;
            x.persist();
        }
        return new Upserted<>(x, isNew, false, isNew ? null : x.snapshot());
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
        return Event.<Event>find("slug", slug)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No event has the slug '" + slug + "'."));
    }
}
