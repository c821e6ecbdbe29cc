package io.newsgraph.graph.batch;

import io.newsgraph.graph.sql.Sql;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The objects one query returned together. When a nested field is first resolved for one member, the loader
 * runs once for every member and the answers are kept per field and arguments, so a nesting level costs one
 * query however many parents it has. Unlike a DataLoader keyed by parent only, two aliases of the same field
 * with different arguments get their own answers.
 */
public final class Cohort {
    private final List<? extends ReadModel> members;
    private final OffsetDateTime asOf;
    private final Map<CohortKey, Map<Long, ?>> answers = new ConcurrentHashMap<>();

    private Cohort(List<? extends ReadModel> members, OffsetDateTime asOf) {
        this.members = members;
        this.asOf = asOf;
    }

    /** Makes the given read-model objects (all {@link ReadModel}) one cohort read now, and returns them. */
    public static <T> List<T> of(List<T> members) {
        return of(members, null);
    }

    /**
     * Makes the given read-model objects one cohort read as of {@code asOf} (null: now), and returns them. Their
     * nested lists are read as of the same time: loaders pass {@link ReadModel#asOf()} on to the readers.
     */
    public static <T> List<T> of(List<T> members, OffsetDateTime asOf) {
        List<ReadModel> loaded = new ArrayList<>(members.size());
        members.forEach(m -> loaded.add((ReadModel) m));
        Cohort cohort = new Cohort(loaded, asOf);
        loaded.forEach(m -> m.joinCohort(cohort));
        return members;
    }

    OffsetDateTime asOf() {
        return asOf;
    }

    /**
     * The answer for {@code member} of the field named by {@code key} (field name plus arguments), loading it for
     * the whole cohort on first use. {@code loader} gets all members and returns answers by member {@code dbId};
     * {@code key} must hold every argument the loader depends on, or two aliases would share one answer.
     */
    @SuppressWarnings("unchecked")
    public static <T extends ReadModel, R> R load(
            T member, CohortKey key, Function<List<T>, Map<Long, R>> loader, R absent) {
        Cohort cohort = member.cohort();
        // Not computeIfAbsent: a loader may itself load another field of the same cohort.
        Map<Long, R> byId = (Map<Long, R>) cohort.answers.get(key);
        if (byId == null) {
            byId = loader.apply((List<T>) cohort.members);
            Map<Long, R> raced = (Map<Long, R>) cohort.answers.putIfAbsent(key, byId);
            if (raced != null) {
                byId = raced;
            }
        }
        return byId.getOrDefault(member.dbId(), absent);
    }

    /** Like {@link #load} for a field keyed by the member's database id. */
    public static <T extends ReadModel, R> R byId(
            T member, CohortKey key, Function<Set<Long>, Map<Long, R>> loader, R absent) {
        return load(member, key, members -> loader.apply(dbIds(members)), absent);
    }

    /**
     * A to-one reference: {@code foreignKey} gives each member's referenced id (or null), {@code fetch} loads the
     * referenced objects by id once for the cohort.
     */
    public static <T extends ReadModel, R> R toOne(
            T member, CohortKey key, Function<T, Long> foreignKey, Function<Set<Long>, Map<Long, R>> fetch) {
        if (foreignKey.apply(member) == null) {
            return null;
        }
        return load(
                member,
                key,
                members -> {
                    Set<Long> targets = new LinkedHashSet<>();
                    members.forEach(m -> {
                        Long fk = foreignKey.apply(m);
                        if (fk != null) {
                            targets.add(fk);
                        }
                    });
                    Map<Long, R> found = fetch.apply(targets);
                    Map<Long, R> byMember = new java.util.HashMap<>();
                    members.forEach(m -> {
                        Long fk = foreignKey.apply(m);
                        if (fk != null && found.get(fk) != null) {
                            byMember.put(m.dbId(), found.get(fk));
                        }
                    });
                    return byMember;
                },
                null);
    }

    private static Set<Long> dbIds(List<? extends ReadModel> members) {
        Set<Long> ids = new LinkedHashSet<>();
        members.forEach(m -> ids.add(m.dbId()));
        return ids;
    }

    /**
     * Read-model objects by database id: runs {@code select} (which must filter on {@code in (:ids)}), maps each row
     * and makes the results one cohort.
     */
    public static <T extends ReadModel> Map<Long, T> byIds(
            Sql sql, String select, Collection<Long> ids, Function<Object[], T> mapper) {
        return byIds(sql, select, ids, null, mapper);
    }

    /** Like {@link #byIds(Sql, String, Collection, Function)}, read as of {@code asOf}, bound as {@code :asOf}. */
    public static <T extends ReadModel> Map<Long, T> byIds(
            Sql sql, String select, Collection<Long> ids, OffsetDateTime asOf, Function<Object[], T> mapper) {
        List<T> found = new ArrayList<>();
        sql.rows(select, Sql.params("ids", Sql.ids(ids), "asOf", asOf)).forEach(row -> found.add(mapper.apply(row)));
        Map<Long, T> byId = new HashMap<>();
        of(found, asOf).forEach(item -> byId.put(item.dbId(), item));
        return byId;
    }
}
