package io.newsgraph.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * The inverted index of the portable search, in memory: for each document type and term, the documents holding the
 * term with its weight. {@code search_doc} (one row per document, stamped with the graph version of its write) is
 * what is stored; {@link #catchUp} applies the rows written since the version last applied, so a search sees every
 * committed write, on whichever instance it was made. Writers commit versions in order (graph_version's row lock),
 * so no row of a version at or below the one applied can appear later.
 */
@ApplicationScoped
public class TermIndex {
    private static final Logger LOG = Logger.getLogger(TermIndex.class);
    private static final int CHUNK = 10_000;

    @Inject
    AgroalDataSource dataSource;

    private final Map<SearchType, Map<String, Postings>> postings = new EnumMap<>(SearchType.class);
    /** Each document's terms, to take it out of their postings when it changes (only touched under the lock). */
    private final Map<SearchType, Map<Long, String[]>> documents = new EnumMap<>(SearchType.class);
    /** One instance per distinct term, shared by the postings and the documents' term lists. */
    private final Map<String, String> dictionary = new HashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    private volatile long applied = -1;

    public TermIndex() {
        for (SearchType type : SearchType.values()) {
            postings.put(type, new ConcurrentHashMap<>());
            documents.put(type, new HashMap<>());
        }
    }

    /** The documents of a type holding a term, by ascending id, with the term's weight in each. Never changed. */
    static final class Postings {
        static final Postings NONE = new Postings(new long[0], new int[0]);

        private final long[] ids;
        private final int[] weights;
        private volatile int[] byWeight;

        Postings(long[] ids, int[] weights) {
            this.ids = ids;
            this.weights = weights;
        }

        long[] ids() {
            return ids;
        }

        int[] weights() {
            return weights;
        }

        int size() {
            return ids.length;
        }

        /**
         * Positions in descending weight, then ascending id: a one-word search reads its page from the front. Sorted
         * at the first such search of this term (then kept while the postings last).
         */
        int[] byWeight() {
            int[] order = byWeight;
            if (order == null) {
                order = IntStream.range(0, ids.length)
                        .boxed()
                        .sorted((a, b) -> weights[a] != weights[b]
                                ? Integer.compare(weights[b], weights[a])
                                : Long.compare(ids[a], ids[b]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                byWeight = order;
            }
            return order;
        }
    }

    Postings postings(SearchType type, String term) {
        return postings.get(type).getOrDefault(term, Postings.NONE);
    }

    /**
     * Applies what was written since the last call (at the first call, everything). Outside the caller's transaction,
     * if any: an uncommitted write, which could still roll back, must not enter the index.
     */
    void catchUp() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.suspendingExisting().run(this::catchUpCommitted);
        } else {
            catchUpCommitted();
        }
    }

    private void catchUpCommitted() {
        try {
            long committed;
            try (Connection connection = dataSource.getConnection()) {
                committed = committedVersion(connection);
            }
            if (committed <= applied) {
                return;
            }
            // Searches waiting here hold no connection: the pool stays free while a large catch-up runs.
            lock.lock();
            try {
                if (committed > applied) {
                    try (Connection connection = dataSource.getConnection()) {
                        load(connection, committed);
                    }
                }
            } finally {
                lock.unlock();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the search index", e);
        }
    }

    private static long committedVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select version from graph_version where id = 1");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void load(Connection connection, long committed) throws SQLException {
        long started = System.nanoTime();
        boolean first = applied < 0;
        long newest = committed;
        int count = 0;
        List<Row> chunk = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select doc_type, doc_id, version, terms"
                + " from search_doc where version > ? order by doc_type, doc_id")) {
            query.setLong(1, applied);
            query.setFetchSize(CHUNK);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    chunk.add(new Row(SearchType.valueOf(rows.getString(1)), rows.getLong(2), rows.getString(4)));
                    newest = Math.max(newest, rows.getLong(3));
                    if (chunk.size() == CHUNK) {
                        count += apply(chunk);
                        chunk.clear();
                    }
                }
            }
        }
        count += apply(chunk);
        applied = newest;
        if (first) {
            LOG.infof(
                    "Search index loaded: %d documents, %d terms in %d ms",
                    count, dictionary.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A stored document: its type, id and "term weight term weight ..." (empty when deleted). */
    record Row(SearchType type, long id, String terms) {}

    int apply(List<Row> rows) {
        Map<SearchType, Map<String, Change>> changes = new EnumMap<>(SearchType.class);
        for (Row row : rows) {
            Map<String, Change> ofType = changes.computeIfAbsent(row.type, t -> new HashMap<>());
            String[] old = documents.get(row.type).remove(row.id);
            if (old != null) {
                for (String term : old) {
                    ofType.computeIfAbsent(term, t -> new Change()).removed.add(row.id);
                }
            }
            String[] parts = row.terms.isEmpty() ? new String[0] : row.terms.split(" ");
            String[] terms = new String[parts.length / 2];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = dictionary.computeIfAbsent(parts[2 * i], t -> t);
                ofType.computeIfAbsent(terms[i], t -> new Change()).add(row.id, Integer.parseInt(parts[2 * i + 1]));
            }
            if (terms.length > 0) {
                documents.get(row.type).put(row.id, terms);
            }
        }
        changes.forEach((type, ofType) -> {
            Map<String, Postings> index = postings.get(type);
            ofType.forEach((term, change) -> {
                Postings merged = change.applyTo(index.getOrDefault(term, Postings.NONE));
                if (merged.size() == 0) {
                    index.remove(term);
                } else {
                    index.put(term, merged);
                }
            });
        });
        return rows.size();
    }

    /** What one batch of rows does to the postings of one term. */
    private static final class Change {
        final Set<Long> removed = new HashSet<>();
        long[] ids = new long[4];
        int[] weights = new int[4];
        int size;

        void add(long id, int weight) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size++] = weight;
        }

        /** The postings without the removed documents and with the added ones, in id order. */
        Postings applyTo(Postings old) {
            sortAdded();
            long[] ids = new long[old.size() + size];
            int[] weights = new int[ids.length];
            int n = 0;
            int a = 0;
            for (int o = 0; o < old.size(); o++) {
                long id = old.ids()[o];
                while (a < size && this.ids[a] < id) {
                    ids[n] = this.ids[a];
                    weights[n++] = this.weights[a++];
                }
                if (!removed.contains(id) && (a == size || this.ids[a] != id)) {
                    ids[n] = id;
                    weights[n++] = old.weights()[o];
                }
            }
            while (a < size) {
                ids[n] = this.ids[a];
                weights[n++] = this.weights[a++];
            }
            return new Postings(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n));
        }

        private void sortAdded() {
            for (int i = 1; i < size; i++) {
                if (ids[i - 1] > ids[i]) {
                    Integer[] order = new Integer[size];
                    Arrays.setAll(order, k -> k);
                    Arrays.sort(order, (x, y) -> Long.compare(ids[x], ids[y]));
                    long[] sortedIds = new long[size];
                    int[] sortedWeights = new int[size];
                    for (int k = 0; k < size; k++) {
                        sortedIds[k] = ids[order[k]];
                        sortedWeights[k] = weights[order[k]];
                    }
                    ids = sortedIds;
                    weights = sortedWeights;
                    return;
                }
            }
        }
    }
}
