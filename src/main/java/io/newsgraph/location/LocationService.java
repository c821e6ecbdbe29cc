package io.newsgraph.location;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class LocationService {
    @Inject
    ItemWriter<LocationInput, WriteOrigin> items;

    @Inject
    History history;

    @Inject
    EntityManager em;

    @Transactional
    public void create(LocationInput in, WriteOrigin via) {
        items.create(() -> in.slug() != null && Location.count("slug", in.slug()) > 0, in.slug(), in, via);
    }

    @Transactional
    public void update(String slug, int version, LocationInput in, WriteOrigin via) {
        items.update(slug, version, find(slug).version, in.slug(), in, via);
    }

    /**
     * Writes a bundle's place to the stored one of its slug in {@code locations}, or to a new one that is added
     * there; the parent is set by {@link #link} once every place of the bundle exists.
     */
    public Upserted<Location> upsert(LocationInput in, Map<String, Location> locations, Map<String, Actor> actors) {
        Location l = locations.get(in.slug());
        boolean isNew = l == null;
        Map<String, Object> before = isNew ? null : l.snapshot();
        if (isNew) {
            l = new Location();
            l.slug = in.slug();
        }
        Changes c = new Changes();
        l.name = c.set(l.name, in.name());
        l.kind = c.set(l.kind, in.kind());
        c.link(l.parent, in.parent(), locations, x -> x.id);
        Actor country = in.country() == null ? null : actors.get(in.country());
        if (country != null && (l.country == null || !Objects.equals(l.country.id, country.id))) {
            l.country = country;
            c.add(true);
        }
        if (isNew) {
            l.persist();
            locations.put(l.slug, l);
        }
        return new Upserted<>(l, isNew, c.changed(), before);
    }

    /** Sets the place's parent, once every place of the bundle is in {@code locations}. */
    public void link(LocationInput in, Map<String, Location> locations) {
        if (in.parent() != null) {
            locations.get(in.slug()).parent = locations.get(in.parent());
        }
    }

    /** Events held there and places within it block the delete unless {@code cascade} (then they are detached). */
    @Transactional
    public Deletion delete(String slug, boolean cascade, WriteOrigin via) {
        Location location = find(slug);
        long id = location.id;
        List<String> events = slugs(
                "select e.slug from event e join event_location el on el.event_id = e.id"
                        + " where el.location_id = :id",
                id);
        List<Location> within = Location.list("parent", location);
        if ((!events.isEmpty() || !within.isEmpty()) && !cascade) {
            throw new ConflictException("Location '" + slug + "' is still referenced (" + events.size()
                    + " events held there, " + within.size() + " places within it). Delete with cascade: true to"
                    + " detach them.");
        }
        List<String> detached = new ArrayList<>();
        events.forEach(e -> detached.add("Event:" + e));
        for (Location child : within) {
            var before = child.snapshot();
            child.parent = null;
            history.record(via, "Location", child.id, Operation.UPDATE, before, child.snapshot());
            detached.add("Location:" + child.slug);
        }
        em.flush();
        em.createNativeQuery("delete from event_location where location_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        history.record(via, "Location", id, Operation.DELETE, location.snapshot(), null);
        location.delete();
        return new Deletion(List.of("Location:" + slug), detached);
    }

    @SuppressWarnings("unchecked")
    private List<String> slugs(String sql, long id) {
        return (List<String>) em.createNativeQuery(sql).setParameter("id", id).getResultList();
    }

    private static Location find(String slug) {
        return Location.<Location>find("slug", slug)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No location has the slug '" + slug + "'."));
    }
}
