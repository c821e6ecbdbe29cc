package io.newsgraph.search;

import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Ranked search over the portable term index ({@link TermIndex}: H2, or PostgreSQL without its search table): score =
 * weight of the matched terms × share of the query terms matched; ties in type, then id order.
 */
@ApplicationScoped
class TermSearch implements SearchEngine {
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingLong(Match::rank)
            .reversed()
            .thenComparing(m -> m.type.name())
            .thenComparingLong(Match::id);

    @Inject
    Sql sql;

    @Inject
    TermIndex index;

    /** A document holding some of the terms: how many, and the sum of their weights in it. */
    private record Match(SearchType type, long id, long matched, long weight) {
        long rank() {
            return matched * weight;
        }
    }

    /** Receives each matching document once. */
    private interface MatchVisitor {
        void visit(SearchType type, long id, int matched, long weight);
    }

    @Override
    public List<SearchHit> page(List<String> terms, Set<SearchType> types, Page page) {
        int wanted = page.offset() + page.first() + 1;
        // The best `wanted` matches, worst on top so it is the one replaced.
        PriorityQueue<Match> best = new PriorityQueue<>(BEST_FIRST.reversed());
        MatchVisitor keepBest = (type, id, matched, weight) -> {
            Match match = new Match(type, id, matched, weight);
            if (best.size() < wanted) {
                best.add(match);
            } else if (BEST_FIRST.compare(match, best.peek()) < 0) {
                best.poll();
                best.add(match);
            }
        };
        if (terms.size() == 1) {
            index.catchUp();
            for (SearchType type : types) {
                // In weight order, only the first `wanted` of each type can make the page.
                TermIndex.Postings postings = index.postings(type, terms.get(0));
                int[] order = postings.byWeight();
                for (int i = 0; i < Math.min(wanted, order.length); i++) {
                    keepBest.visit(type, postings.ids()[order[i]], 1, postings.weights()[order[i]]);
                }
            }
        } else {
            visit(terms, types, keepBest);
        }
        List<Match> ranked = new ArrayList<>(best);
        ranked.sort(BEST_FIRST);
        List<SearchHit> hits = new ArrayList<>();
        for (Match match : ranked.subList(Math.min(page.offset(), ranked.size()), ranked.size())) {
            double score = (double) match.weight * match.matched / terms.size();
            hits.add(SearchEngine.hit(page, hits, new Object[] {match.type.name(), match.id}, score, terms));
        }
        return hits;
    }

    @Override
    public long count(List<String> terms, Set<SearchType> types) {
        long[] count = {0};
        visit(terms, types, (type, id, matched, weight) -> count[0]++);
        return count[0];
    }

    /**
     * Visits every document holding at least one of the terms: a merge of the terms' postings, which are in id order,
     * so no document is gathered in a map.
     */
    private void visit(List<String> terms, Set<SearchType> types, MatchVisitor visitor) {
        index.catchUp();
        for (SearchType type : types) {
            TermIndex.Postings[] postings =
                    terms.stream().map(t -> index.postings(type, t)).toArray(TermIndex.Postings[]::new);
            int[] at = new int[postings.length];
            while (true) {
                long id = Long.MAX_VALUE;
                for (int t = 0; t < postings.length; t++) {
                    if (at[t] < postings[t].size()) {
                        id = Math.min(id, postings[t].ids()[at[t]]);
                    }
                }
                if (id == Long.MAX_VALUE) {
                    break;
                }
                int matched = 0;
                long weight = 0;
                for (int t = 0; t < postings.length; t++) {
                    if (at[t] < postings[t].size() && postings[t].ids()[at[t]] == id) {
                        matched++;
                        weight += postings[t].weights()[at[t]++];
                    }
                }
                visitor.visit(type, id, matched, weight);
            }
        }
    }

    @Override
    public Map<Long, String> snippets(List<SearchHit> hits) {
        Map<Long, List<String>> texts = texts(hits);
        Map<Long, String> snippets = new HashMap<>();
        hits.forEach(h -> snippets.put(h.dbId(), Snippets.of(texts.getOrDefault(h.dbId(), List.of()), h.terms)));
        return snippets;
    }

    /** The text fields of each hit, best field first. */
    private Map<Long, List<String>> texts(List<SearchHit> hits) {
        Map<SearchType, List<SearchHit>> byType = new HashMap<>();
        hits.forEach(h -> byType.computeIfAbsent(h.type, t -> new ArrayList<>()).add(h));
        Map<Long, List<String>> texts = new HashMap<>();
        byType.forEach((type, list) -> {
            List<Long> ids = list.stream().map(h -> h.docId).toList();
            Map<Long, List<String>> byDoc = new HashMap<>();
            for (SearchText text : SearchText.of(type)) {
                for (Object[] row : sql.rows(text.termSql(), Sql.params("ids", ids))) {
                    if (row[1] != null) {
                        byDoc.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>())
                                .add(Sql.str(row[1]));
                    }
                }
            }
            list.forEach(h -> texts.put(h.dbId(), byDoc.getOrDefault(h.docId, List.of())));
        });
        return texts;
    }
}
