package io.newsgraph.graph.write;

import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the loops that links being written would close: an event part of itself or following itself, an actor or a
 * place inside itself, directly or through others. Every item has at most one link of a kind, so the links of a kind
 * form chains and a new loop runs through a written link: from each one, the chain is followed (the written links,
 * then the stored ones) until it ends, comes back (a loop), or meets an item already walked. Stored links are read
 * {@link #HOPS} steps at a time, for all the chains at once; a loop already stored (data older than this check) is
 * walked once and not reported unless a written link is part of it.
 */
@ApplicationScoped
public class LinkCycles {
    /** The problem code of a link that would close a loop. */
    public static final String CYCLE = "CYCLE";

    static final int HOPS = 8;
    private static final int CHUNK = 1000;

    /** The links that must not loop: each names its table and column, its field and why a loop means nothing. */
    public enum Kind {
        PART_OF("event", "part_of_id", "partOf", "an event cannot be part of itself"),
        FOLLOWS("event", "follows_id", "follows", "an event cannot follow itself"),
        ACTOR_PARENT("actor", "parent_id", "parent", "an actor cannot belong to itself"),
        LOCATION_PARENT("location", "parent_id", "parent", "a location cannot lie within itself");

        final String table;
        final String column;
        final String field;
        final String rule;

        Kind(String table, String column, String field, String rule) {
            this.table = table;
            this.column = column;
            this.field = field;
            this.rule = rule;
        }

        /** The input field that holds the link: "partOf". */
        public String field() {
            return field;
        }

        /** "a partOf b partOf a (an event cannot be part of itself, directly or through others)". */
        public String describe(List<String> loop) {
            return String.join(" " + field + " ", loop) + " (" + rule + ", directly or through others)";
        }
    }

    @Inject
    EntityManager em;

    /**
     * The loops closed by {@code written} (item slug to the slug it links to, in the order the links were given),
     * with the links already stored. {@code fresh} are the items not stored yet. Each loop is its items in link order,
     * starting and ending with the first written item on it.
     */
    public List<List<String>> closedBy(Kind kind, Map<String, String> written, Set<String> fresh) {
        Chains chains = new Chains(kind, written, fresh);
        chains.load();
        List<List<String>> loops = new ArrayList<>();
        Set<String> walked = new HashSet<>();
        for (String start : written.keySet()) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> at = new HashMap<>();
            String item = start;
            while (item != null && !walked.contains(item) && !at.containsKey(item)) {
                at.put(item, path.size());
                path.add(item);
                item = chains.next(item);
            }
            walked.addAll(path);
            if (item != null && at.containsKey(item)) {
                List<String> loop = path.subList(at.get(item), path.size());
                written.keySet().stream().filter(loop::contains).findFirst().ifPresent(first -> {
                    int from = loop.indexOf(first);
                    List<String> ordered = new ArrayList<>(loop.subList(from, loop.size()));
                    ordered.addAll(loop.subList(0, from));
                    ordered.add(first);
                    loops.add(ordered);
                });
            }
        }
        return loops;
    }

    /** The links of one kind as far as the walks need them: the written ones over the stored ones. */
    private final class Chains {
        private final Kind kind;
        private final Map<String, String> written;
        private final Set<String> fresh;
        private final Map<String, String> stored = new HashMap<>();

        Chains(Kind kind, Map<String, String> written, Set<String> fresh) {
            this.kind = kind;
            this.written = written;
            this.fresh = fresh;
        }

        String next(String item) {
            if (written.containsKey(item)) {
                return written.get(item);
            }
            return fresh.contains(item) ? null : stored.get(item);
        }

        private boolean unknown(String item) {
            return item != null && !written.containsKey(item) && !fresh.contains(item) && !stored.containsKey(item);
        }

        /** Reads the stored chains from the written links' targets until every walk can run to its end. */
        void load() {
            Set<String> wanted = written.values().stream()
                    .filter(this::unknown)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            while (!wanted.isEmpty()) {
                Set<String> further = new LinkedHashSet<>();
                List<String> all = new ArrayList<>(wanted);
                for (int from = 0; from < all.size(); from += CHUNK) {
                    further.addAll(read(all.subList(from, Math.min(all.size(), from + CHUNK))));
                }
                wanted.forEach(item -> stored.putIfAbsent(item, null));
                further.removeIf(item -> !unknown(item));
                wanted = further;
            }
        }

        /** {@link #HOPS} links of each chain from {@code items}; answers the items where the chains go on. */
        private List<String> read(Collection<String> items) {
            StringBuilder select = new StringBuilder("select x0.slug");
            StringBuilder from = new StringBuilder(" from " + kind.table + " x0");
            for (int hop = 1; hop <= HOPS; hop++) {
                select.append(", x").append(hop).append(".slug");
                from.append(" left join ")
                        .append(kind.table)
                        .append(" x")
                        .append(hop)
                        .append(" on x")
                        .append(hop)
                        .append(".id = x")
                        .append(hop - 1)
                        .append('.')
                        .append(kind.column);
            }
            // Only stored links are read (the written ones are given), so the session need not flush first: a flush
            // checks every entity the ingest has loaded, at each of these queries.
            List<?> rows = em.createNativeQuery(select + from.toString() + " where x0.slug in (:items)")
                    .setParameter("items", items)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            List<String> goOn = new ArrayList<>();
            for (Object result : rows) {
                Object[] row = (Object[]) result;
                for (int hop = 0; hop < HOPS && row[hop] != null; hop++) {
                    stored.put(Sql.str(row[hop]), Sql.str(row[hop + 1]));
                }
                if (row[HOPS] != null) {
                    goOn.add(Sql.str(row[HOPS]));
                }
            }
            return goOn;
        }
    }
}
