package io.newsgraph.search;

import io.newsgraph.graph.Page;
import io.newsgraph.graph.Sql;
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
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingLong(Match::rank).reversed()
            .thenComparing(m -> m.type.name()).thenComparingLong(m -> m.id);

    @Inject
    Sql sql;
    @Inject
    TermIndex index;

    /** A document holding some of the terms: how many, and the sum of their weights in it. */
    private static final class Match {
        final SearchType type;
        final long id;
        long matched;
        long weight;

        Match(SearchType type, long id) {
            this.type = type;
            this.id = id;
        }

        long rank() {
            return matched * weight;
        }
    }

    @Override
    public List<SearchHit> page(List<String> terms, Set<SearchType> types, Page page) {
        int wanted = page.offset() + page.first() + 1;
        // The best `wanted` matches, worst on top so it is the one replaced.
        PriorityQueue<Match> best = new PriorityQueue<>(BEST_FIRST.reversed());
        for (Match match : matches(terms, types)) {
            if (best.size() < wanted) {
                best.add(match);
            } else if (BEST_FIRST.compare(match, best.peek()) < 0) {
                best.poll();
                best.add(match);
            }
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
        return matches(terms, types).size();
    }

    private List<Match> matches(List<String> terms, Set<SearchType> types) {
        index.catchUp();
        List<Match> matches = new ArrayList<>();
        for (SearchType type : types) {
            if (terms.size() == 1) {
                // One term: each document once, no need to gather its matches.
                TermIndex.Postings postings = index.postings(type, terms.get(0));
                for (int i = 0; i < postings.size(); i++) {
                    Match match = new Match(type, postings.ids()[i]);
                    match.matched = 1;
                    match.weight = postings.weights()[i];
                    matches.add(match);
                }
                continue;
            }
            Map<Long, Match> byId = new HashMap<>();
            for (String term : terms) {
                TermIndex.Postings postings = index.postings(type, term);
                for (int i = 0; i < postings.size(); i++) {
                    Match match = byId.computeIfAbsent(postings.ids()[i], id -> new Match(type, id));
                    match.matched++;
                    match.weight += postings.weights()[i];
                }
            }
            matches.addAll(byId.values());
        }
        return matches;
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
            for (SearchIndexer.Field field : SearchIndexer.fields(type)) {
                for (Object[] row : sql.rows(field.sql(), Sql.params("ids", ids))) {
                    if (row[1] != null) {
                        byDoc.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(Sql.str(row[1]));
                    }
                }
            }
            list.forEach(h -> texts.put(h.dbId(), byDoc.getOrDefault(h.docId, List.of())));
        });
        return texts;
    }
}
