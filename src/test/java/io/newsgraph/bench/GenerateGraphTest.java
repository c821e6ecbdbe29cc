package io.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator on a tiny graph: deterministic, evidence at the right offsets, loadable through the real schema. */
class GenerateGraphTest {
    private static final GraphSize TINY = new GraphSize(300, 3000, 300, 60, 60, 7);

    @Test
    void sameSeedSameGraph() {
        SyntheticGraph a = GenerateGraph.build(TINY);
        SyntheticGraph b = GenerateGraph.build(TINY);
        assertEquals(a.counts(), b.counts());
        assertEquals(a.sources.get(10).body(), b.sources.get(10).body());
        assertEquals(a.statements.get(1234), b.statements.get(1234));
    }

    @Test
    void everyFactHasEvidenceThatIsItsSourceText() {
        SyntheticGraph g = GenerateGraph.build(TINY);
        Map<Long, String> bodies = g.sources.stream()
                .collect(Collectors.toMap(SyntheticGraph.SourceRow::id, SyntheticGraph.SourceRow::body));
        g.evidence.forEach(e -> assertEquals(e.quote(), bodies.get(e.sourceId()).substring(e.start(), e.end())));
        assertEquals(
                g.statements.size(),
                g.evidence.stream().filter(e -> e.statementId() != null).count());
        assertEquals(
                g.events.size(),
                g.evidence.stream().filter(e -> e.eventId() != null).count());
        assertEquals(
                g.roles.size(),
                g.evidence.stream().filter(e -> e.roleId() != null).count());
        assertEquals(
                g.estimates.size(),
                g.evidence.stream().filter(e -> e.estimateId() != null).count());
        Map<Long, String> sentences = new HashMap<>();
        g.evidence.stream()
                .filter(e -> e.statementId() != null)
                .forEach(e -> sentences.put(e.statementId(), e.quote()));
        g.statements.stream()
                .filter(s -> s.quote() != null)
                .forEach(s -> assertTrue(sentences.get(s.id()).contains(s.quote()), s.slug()));
    }

    @Test
    void realisticShape() {
        SyntheticGraph g = GenerateGraph.build(TINY);
        Set<String> kinds = g.events.stream().map(SyntheticGraph.EventRow::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(List.of("DEPLOYMENT", "COOPERATION", "VISIT", "MEETING")), kinds.toString());
        Map<Long, Long> parties = g.participants.stream()
                .filter(p -> "PARTY".equals(p.role()))
                .collect(Collectors.groupingBy(SyntheticGraph.ParticipantRow::eventId, Collectors.counting()));
        g.events.stream()
                .filter(e -> "COOPERATION".equals(e.kind()))
                .forEach(e -> assertTrue(parties.getOrDefault(e.id(), 0L) >= 2, e.slug()));
        assertTrue(g.estimates.size() > 0);
        Map<Long, Long> bySpeaker = g.statements.stream()
                .collect(Collectors.groupingBy(SyntheticGraph.StatementRow::speakerId, Collectors.counting()));
        long top = bySpeaker.values().stream().mapToLong(Long::longValue).max().orElse(0);
        assertTrue(top > 20 * g.statements.size() / TINY.actors(), "speakers should be skewed, top has " + top);
    }

    @Test
    void loadsIntoTheMigratedSchema() throws Exception {
        TargetDatabase db = new TargetDatabase("jdbc:h2:mem:generator-test;DB_CLOSE_DELAY=-1", "sa", "", null);
        db.migrate(true);
        try (Connection connection = db.connect()) {
            new GraphWriter(connection).write(GenerateGraph.build(TINY));
            db.restartSequences(connection);
            assertEquals(0, db.misplacedEvidence(connection));
            assertEquals(TINY.statements(), db.count(connection, "select count(*) from statement"));
            assertTrue(db.count(connection, "select next value for statement_seq") > TINY.statements() + 49);
        }
    }
}
