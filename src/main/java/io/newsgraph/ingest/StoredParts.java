package io.newsgraph.ingest;

import io.newsgraph.actor.Role;
import io.newsgraph.event.Estimate;
import io.newsgraph.event.EventLocation;
import io.newsgraph.event.Participant;
import io.newsgraph.source.Evidence;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the stored items of a bundle already own (participants, stops, estimates, roles, evidence), loaded a few
 * queries per kind for the whole bundle instead of one query per item: loading an unchanged bundle again is
 * mostly these reads, and one round trip per event made it cost as much as the first load.
 */
final class StoredParts {
    private static final int CHUNK = 1000;

    /** The facts evidence belongs to, each with the query that finds a batch of its evidence. */
    enum EvidenceOwner {
        STATEMENT("select e from Evidence e where e.statement.id in :ids", e -> e.statement.id),
        EVENT("select e from Evidence e where e.event.id in :ids", e -> e.event.id),
        ROLE("select e from Evidence e where e.role.id in :ids", e -> e.role.id),
        ESTIMATE("select e from Evidence e where e.estimate.id in :ids", e -> e.estimate.id);

        private final String query;
        private final Function<Evidence, Long> owner;

        EvidenceOwner(String query, Function<Evidence, Long> owner) {
            this.query = query;
            this.owner = owner;
        }
    }

    private final EntityManager em;
    private final Map<EvidenceOwner, Map<Long, List<Evidence>>> evidence = new EnumMap<>(EvidenceOwner.class);
    private Map<Long, List<Participant>> participants = Map.of();
    private Map<Long, List<EventLocation>> stops = Map.of();
    private Map<Long, List<Estimate>> estimates = Map.of();
    private Map<Long, List<Role>> rolesByPerson = Map.of();

    StoredParts(EntityManager em) {
        this.em = em;
    }

    /** Loads the parts of the stored events a bundle writes, with their estimates' evidence. */
    void loadEvents(Collection<Long> eventIds) {
        participants = byOwner(
                Participant.class,
                "select p from Participant p where p.event.id in :ids" + " order by p.position",
                eventIds,
                p -> p.event.id);
        stops = byOwner(
                EventLocation.class,
                "select s from EventLocation s where s.event.id in :ids" + " order by s.position",
                eventIds,
                s -> s.event.id);
        estimates = byOwner(
                Estimate.class,
                "select x from Estimate x where x.event.id in :ids order by x.id",
                eventIds,
                x -> x.event.id);
        loadEvidence(EvidenceOwner.EVENT, eventIds);
        loadEvidence(
                EvidenceOwner.ESTIMATE,
                estimates.values().stream().flatMap(List::stream).map(x -> x.id).toList());
    }

    /** Loads the stored roles of these people, with their evidence. */
    void loadRoles(Collection<Long> personIds) {
        rolesByPerson =
                byOwner(Role.class, "select r from Role r where r.person.id in :ids", personIds, r -> r.person.id);
        loadEvidence(
                EvidenceOwner.ROLE,
                rolesByPerson.values().stream()
                        .flatMap(List::stream)
                        .map(r -> r.id)
                        .toList());
    }

    void loadEvidence(EvidenceOwner owner, Collection<Long> ids) {
        evidence.put(owner, byOwner(Evidence.class, owner.query, ids, owner.owner));
    }

    List<Participant> participants(Long eventId) {
        return participants.getOrDefault(eventId, List.of());
    }

    List<EventLocation> stops(Long eventId) {
        return stops.getOrDefault(eventId, List.of());
    }

    List<Estimate> estimates(Long eventId) {
        return estimates.getOrDefault(eventId, List.of());
    }

    List<Role> roles(Long personId) {
        return rolesByPerson.getOrDefault(personId, List.of());
    }

    List<Evidence> evidence(EvidenceOwner owner, Long ownerId) {
        return evidence.getOrDefault(owner, Map.of()).getOrDefault(ownerId, List.of());
    }

    private <T> Map<Long, List<T>> byOwner(Class<T> type, String jpql, Collection<Long> ids, Function<T, Long> owner) {
        Map<Long, List<T>> found = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery(jpql, type)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(x -> found.computeIfAbsent(owner.apply(x), k -> new ArrayList<>())
                            .add(x));
        }
        return found;
    }
}
