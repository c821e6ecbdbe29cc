package io.newsgraph.bench;

import io.newsgraph.bench.SyntheticGraph.Claim;
import io.newsgraph.bench.SyntheticGraph.EvidenceRow;
import io.newsgraph.bench.SyntheticGraph.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the text of every source from the claims assigned to it, and records each claim's sentence as evidence at
 * its exact offsets, so {@code body.substring(start, end)} is the evidence text.
 */
final class Corpus {
    private final SyntheticGraph graph;
    private final SplittableRandom rnd;
    private final Newsroom newsroom;

    Corpus(SyntheticGraph graph, SplittableRandom rnd, Newsroom newsroom) {
        this.graph = graph;
        this.rnd = rnd;
        this.newsroom = newsroom;
    }

    void write() {
        List<List<Claim>> bySource = new ArrayList<>();
        for (int i = 0; i < newsroom.size(); i++) {
            bySource.add(new ArrayList<>());
        }
        graph.claims.forEach(claim -> bySource.get(claim.source()).add(claim));
        graph.claims.clear();
        List<String> publishers = graph.actors.stream()
                .filter(a -> "MEDIA".equals(a.kind()))
                .limit(60)
                .map(SyntheticGraph.ActorRow::name)
                .toList();
        long evidenceId = 0;
        for (int s = 0; s < bySource.size(); s++) {
            long sourceId = s + 1L;
            List<Claim> claims = bySource.get(s);
            String title = claims.isEmpty()
                    ? "Regional briefing"
                    : headline(claims.get(0).sentence());
            StringBuilder body = new StringBuilder(title).append("\n\n");
            for (int i = 0; i < claims.size(); i++) {
                if (i > 0) {
                    body.append(i % 4 == 0 ? "\n\n" : " ");
                }
                if (i > 0 && rnd.nextInt(6) == 0) {
                    body.append(Vocabulary.pick(rnd, Vocabulary.FILLERS)).append(' ');
                }
                Claim claim = claims.get(i);
                int start = body.length();
                body.append(claim.sentence());
                evidence(++evidenceId, sourceId, claim, start, body.length());
            }
            if (claims.isEmpty()) {
                body.append(Vocabulary.pick(rnd, Vocabulary.FILLERS));
            }
            String slug = "report-" + newsroom.publishedOn(s) + "-" + sourceId;
            graph.sources.add(new SourceRow(
                    sourceId,
                    slug,
                    title,
                    publishers.isEmpty() ? null : Vocabulary.pick(rnd, publishers),
                    "https://example.org/news/" + slug,
                    newsroom.publishedOn(s),
                    body.toString()));
            bySource.set(s, null);
        }
    }

    private void evidence(long id, long source, Claim claim, int start, int end) {
        long fact = claim.factId();
        graph.evidence.add(
                switch (claim.kind()) {
                    case STATEMENT -> new EvidenceRow(id, source, claim.sentence(), start, end, fact, null, null, null);
                    case EVENT -> new EvidenceRow(id, source, claim.sentence(), start, end, null, fact, null, null);
                    case ROLE -> new EvidenceRow(id, source, claim.sentence(), start, end, null, null, fact, null);
                    case ESTIMATE -> new EvidenceRow(id, source, claim.sentence(), start, end, null, null, null, fact);
                });
    }

    private static String headline(String sentence) {
        String text = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return text.length() <= 140 ? text : text.substring(0, text.lastIndexOf(' ', 137)) + "...";
    }
}
