package io.newsgraph.actor;

import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.graph.error.Problem;
import io.newsgraph.graph.error.ValidationException;
import io.newsgraph.graph.write.Changes;
import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.write.LinkCycles;
import io.newsgraph.graph.write.Upserted;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import io.newsgraph.statement.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates, updates, deletes and merges actors; every write is checked first and recorded in the history. */
@ApplicationScoped
public class ActorService {
    @Inject
    ItemWriter<ActorInput, WriteOrigin> items;

    @Inject
    History history;

    @Inject
    EntityManager em;

    @Inject
    LinkCycles cycles;

    @Transactional
    public void create(ActorInput in, WriteOrigin via) {
        // Not created although the slug is new: the ingest linked the input to that actor by name or alias. (Looking
        // for the slug afterwards instead would pass when a racing create committed it meanwhile.)
        if (!items.create(() -> in.slug() != null && Actor.findBySlug(in.slug()).isPresent(), in.slug(), in, via)) {
            throw new ConflictException("'" + in.name() + "' is already known under another slug (same name or alias"
                    + " and kind): update that actor, or merge the two.");
        }
    }

    @Transactional
    public void update(String slug, int version, ActorInput in, WriteOrigin via) {
        items.update(slug, version, find(slug).version, in.slug(), in, via);
    }

    /**
     * Writes a bundle's actor to the one of its slug in {@code actors} (stored, or found by name or alias), or to a
     * new one that is added there. A stored actor of another slug keeps its name and gets the input's as an alias;
     * country and parent are set by {@link #link} once every actor of the bundle exists.
     */
    public Upserted<Actor> upsert(ActorInput in, Map<String, Actor> actors) {
        Actor a = actors.get(in.slug());
        boolean isNew = a == null;
        Map<String, Object> before = isNew ? null : a.snapshot();
        if (isNew) {
            a = new Actor();
            a.slug = in.slug();
            a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        Changes c = new Changes();
        if (isNew || a.slug.equals(in.slug())) {
            a.name = c.set(a.name, in.name());
        } else if (!a.name.equals(in.name())) {
            c.add(a.aliases.add(in.name()));
        }
        a.kind = c.set(a.kind, in.kind());
        a.description = c.keep(a.description, in.description());
        a.wikidataId = c.keep(a.wikidataId, in.wikidataId());
        c.link(a.country, in.country(), actors, x -> x.id);
        c.link(a.parent, in.parent(), actors, x -> x.id);
        for (String alias : in.aliasesOrEmpty()) {
            if (!alias.equals(a.name)) {
                c.add(a.aliases.add(alias));
            }
        }
        if (isNew) {
            a.persist();
            actors.put(in.slug(), a);
        }
        return new Upserted<>(a, isNew, c.changed(), before);
    }

    /** Sets the actor's country and parent, once every actor of the bundle is in {@code actors}. */
    public void link(ActorInput in, Map<String, Actor> actors) {
        Actor a = actors.get(in.slug());
        if (in.country() != null) {
            a.country = actors.get(in.country());
        }
        if (in.parent() != null) {
            a.parent = actors.get(in.parent());
        }
    }

    /** Deletes the actor; what refers to it blocks the delete unless {@code cascade}. */
    @Transactional
    public Deletion delete(String slug, boolean cascade, WriteOrigin via) {
        Actor actor = find(slug);
        em.flush();
        long id = actor.id;
        List<Statement> statements = Statement.list("speaker.id = ?1 or subjectActor.id = ?1", id);
        Map<String, Long> references = new LinkedHashMap<>();
        references.put("statements by or about it", (long) statements.size());
        references.put("statements addressed to it", Statement.count("addressee.id", id));
        references.put(
                "event participations", count("select count(*) from event_participant where actor_id = :id", id));
        references.put("roles", count("select count(*) from role where person_id = :id or organization_id = :id", id));
        references.put(
                "troop estimates it reported", count("select count(*) from estimate where reported_by_id = :id", id));
        references.put(
                "actors belonging to it",
                count("select count(*) from actor where country_id = :id or parent_id = :id", id));
        references.put("locations in it", count("select count(*) from location where country_id = :id", id));
        references.values().removeIf(n -> n == 0);
        if (!references.isEmpty() && !cascade) {
            throw new ConflictException("Actor '" + slug + "' is still referenced (" + describe(references)
                    + "). Delete or move those first (mergeActors), or delete with cascade: true.");
        }
        List<String> deleted = new ArrayList<>(List.of("Actor:" + slug));
        for (Statement s : statements) {
            history.record(via, "Statement", s.id, Operation.DELETE, s.snapshot(), null);
            deleted.add("Statement:" + s.slug);
            s.delete();
        }
        List<String> detached = new ArrayList<>();
        Statement.<Statement>list("addressee.id", id).forEach(s -> {
            detached.add("Statement:" + s.slug);
            s.addressee = null;
        });
        em.flush();
        for (String sql : List.of(
                "delete from event_participant where actor_id = :id",
                "delete from role where person_id = :id or organization_id = :id",
                "update estimate set reported_by_id = null where reported_by_id = :id",
                "update actor set country_id = null where country_id = :id",
                "update actor set parent_id = null where parent_id = :id",
                "update location set country_id = null where country_id = :id")) {
            em.createNativeQuery(sql).setParameter("id", id).executeUpdate();
        }
        em.clear();
        Actor gone = Actor.findById(id);
        history.record(via, "Actor", id, Operation.DELETE, gone.snapshot(), null);
        gone.delete();
        return new Deletion(deleted, detached);
    }

    /** Moves every reference from {@code remove} to {@code keep}, keeps its names as aliases, deletes it. */
    @Transactional
    public void merge(String keepSlug, String removeSlug, WriteOrigin via) {
        if (keepSlug.equals(removeSlug)) {
            throw new ValidationException("remove", "must differ from keep");
        }
        Actor keep = find(keepSlug);
        Actor remove = find(removeSlug);
        Map<String, Object> keepBefore = keep.snapshot();
        Map<String, Object> removeBefore = remove.snapshot();
        keep.aliases.add(remove.name);
        keep.aliases.addAll(remove.aliases);
        keep.aliases.remove(keep.name);
        keep.description = keep.description != null ? keep.description : remove.description;
        keep.wikidataId = keep.wikidataId != null ? keep.wikidataId : remove.wikidataId;
        em.flush();
        long k = keep.id;
        long r = remove.id;
        for (String sql : List.of(
                "update statement set speaker_id = :keep where speaker_id = :remove",
                "update statement set subject_actor_id = :keep where subject_actor_id = :remove",
                "update statement set addressee_id = :keep where addressee_id = :remove",
                // a participation or role both actors have would collide with the key: the kept one stays
                "delete from event_participant where actor_id = :remove and exists (select 1 from event_participant p"
                        + " where p.event_id = event_participant.event_id and p.actor_id = :keep"
                        + " and p.role = event_participant.role)",
                "update event_participant set actor_id = :keep where actor_id = :remove",
                "delete from role where person_id = :remove and exists (select 1 from role x where x.person_id = :keep"
                        + " and x.organization_id = role.organization_id and x.title = role.title)",
                "delete from role where organization_id = :remove and exists (select 1 from role x"
                        + " where x.organization_id = :keep and x.person_id = role.person_id and x.title = role.title)",
                "update role set person_id = :keep where person_id = :remove",
                "update role set organization_id = :keep where organization_id = :remove",
                "update estimate set reported_by_id = :keep where reported_by_id = :remove",
                "update actor set country_id = :keep where country_id = :remove",
                "update actor set parent_id = :keep where parent_id = :remove",
                "update location set country_id = :keep where country_id = :remove")) {
            em.createNativeQuery(sql)
                    .setParameter("keep", k)
                    .setParameter("remove", r)
                    .executeUpdate();
        }
        refuseLoop(keepSlug, removeSlug, k);
        em.clear();
        Actor kept = Actor.findById(k);
        Actor removed = Actor.findById(r);
        removed.delete();
        em.flush();
        Map<String, Object> keepAfter = kept.snapshot();
        keepAfter.put("mergedFrom", removeSlug);
        history.record(via, "Actor", k, Operation.MERGE, keepBefore, keepAfter);
        Map<String, Object> removedAfter = new LinkedHashMap<>();
        removedAfter.put("mergedInto", keepSlug);
        history.record(via, "Actor", r, Operation.MERGE, removeBefore, removedAfter);
    }

    /**
     * After a merge, actors that belonged to {@code remove} belong to {@code keep}. If one of the two belonged to the
     * other, that link now names nothing (the two are one) and goes; a longer loop through {@code keep} is refused.
     */
    private void refuseLoop(String keepSlug, String removeSlug, long keep) {
        em.createNativeQuery("update actor set parent_id = null where id = :keep and parent_id = :keep")
                .setParameter("keep", keep)
                .executeUpdate();
        List<?> parent = em.createNativeQuery(
                        "select p.slug from actor a join actor p on p.id = a.parent_id" + " where a.id = :keep")
                .setParameter("keep", keep)
                .getResultList();
        if (parent.isEmpty()) {
            return;
        }
        List<List<String>> loops =
                cycles.closedBy(LinkCycles.Kind.ACTOR_PARENT, Map.of(keepSlug, (String) parent.get(0)), Set.of());
        if (!loops.isEmpty()) {
            throw new ValidationException(List.of(new Problem(
                    "remove",
                    LinkCycles.CYCLE,
                    "merging '" + removeSlug
                            + "' into '" + keepSlug + "' would close a loop: "
                            + LinkCycles.Kind.ACTOR_PARENT.describe(loops.get(0)))));
        }
    }

    private Actor find(String slug) {
        return Actor.findBySlug(slug).orElseThrow(() -> new NotFoundException("No actor has the slug '" + slug + "'."));
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }

    static String describe(Map<String, Long> references) {
        return references.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
