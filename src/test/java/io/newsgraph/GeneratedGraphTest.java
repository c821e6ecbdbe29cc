package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.event.EventInput;
import io.newsgraph.event.EventKind;
import io.newsgraph.event.EventStatus;
import io.newsgraph.ingest.Bundle;
import io.newsgraph.ingest.BundleIngester;
import io.newsgraph.pg.IsolatedDatabase;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.Stance;
import io.newsgraph.statement.StatementInput;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a generated graph of a few thousand statements, the SQL statements a request issues depend on its nesting
 * depth, not on how many rows each level returns.
 */
@QuarkusTest
@TestProfile(GeneratedGraphTest.Profile.class)
class GeneratedGraphTest {
    static final int ACTORS = 120;
    static final int EVENTS = 50;
    static final int STATEMENTS = 600;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return IsolatedDatabase.named("generated");
        }
    }

    private static final String WALK = """
            query($first: Int) { actors(first: $first, filter: {kind: PERSON}) { nodes { name aliases
              statements(first: 5) { totalCount nodes { stance
                subject { __typename ... on Event { title participants { actor { name } } } }
                evidence { text source { title } } } } } } }""";

    @Inject
    BundleIngester ingester;

    @Inject
    SqlCounter sql;

    @BeforeEach
    void generate() {
        if (Gql.data("{ statements(filter: {speaker: \"person-0\"}) { totalCount } }")
                        .getInt("data.statements.totalCount")
                > 0) {
            return;
        }
        StringBuilder text = new StringBuilder("Generated report\n\n");
        List<ActorInput> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(Inputs.of(ActorInput.class)
                    .with("slug", "person-" + i)
                    .with("name", "Person " + i)
                    .with("kind", ActorKind.PERSON)
                    .with("aliases", List.of("P" + i))
                    .build());
        }
        List<EventInput> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String sentence = "Event " + i + " happened between Person " + i + " and Person " + (i + 1) + ". ";
            text.append(sentence);
            events.add(Inputs.of(EventInput.class)
                    .with("slug", "event-" + i)
                    .with("kind", EventKind.COOPERATION)
                    .with("title", "Event " + i)
                    .with("status", EventStatus.ONGOING)
                    .with("parties", List.of("person-" + i, "person-" + (i + 1)))
                    .with("evidence", List.of(Map.of("text", sentence.trim())))
                    .build());
        }
        List<StatementInput> statements = new ArrayList<>();
        Stance[] stances = Stance.values();
        for (int i = 0; i < STATEMENTS; i++) {
            String sentence = "Statement " + i + " by Person " + (i % ACTORS) + ". ";
            text.append(sentence);
            statements.add(Inputs.of(StatementInput.class)
                    .with("slug", "statement-" + i)
                    .with("speaker", "person-" + (i % ACTORS))
                    .with("stance", stances[i % stances.length])
                    .with("subject", Map.of("event", "event-" + (i % EVENTS)))
                    .with("summary", "Generated statement " + i)
                    .with("evidence", List.of(Map.of("text", sentence.trim())))
                    .build());
        }
        Bundle bundle = new Bundle(
                Bundle.FORMAT,
                List.of(Inputs.of(SourceInput.class)
                        .with("slug", "generated")
                        .with("title", "Generated report")
                        .with("language", "en")
                        .with("text", text.toString())
                        .build()),
                actors,
                null,
                null,
                events,
                statements);
        ingester.ingest(bundle, false);
    }

    private long statementsFor(int first) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("first", first);
        return sql.count(() -> Gql.data(WALK, vars));
    }

    @Test
    void nestedWalkCostsOneStatementPerLevelWhateverTheRowCount() {
        long few = statementsFor(2);
        long many = statementsFor(100);
        System.out.printf(
                "SQL statements for a 4-level walk: %d (2 actors), %d (100 actors, 500 statements)%n", few, many);
        // actors, aliases, statements page, totalCount, subject events, participants, participant actors,
        // evidence, sources
        assertThat(many, is(few));
        assertThat(many, lessThanOrEqualTo(9L));
    }

    @Test
    void pathsSearchedFromBothEndsAreAsShortAsTheWalkFromOneEnd() {
        List<Map<String, Object>> reached = Gql.data("""
                { actor(slug: "person-0") { neighbors(depth: 3, first: 100) { distance actor { id slug } } }
                }""").getList("data.actor.neighbors");
        String start = Gql.data("{ actor(slug: \"person-0\") { id } }").getString("data.actor.id");
        int checked = 0;
        for (Map<String, Object> neighbor : reached) {
            int distance = (Integer) neighbor.get("distance");
            @SuppressWarnings("unchecked")
            Map<String, Object> actor = (Map<String, Object>) neighbor.get("actor");
            String query = """
                    query($to: String!) { paths(from: "person-0", to: $to, maxLength: 3, first: 20) {
                      length steps { from { id } to { id } } } }""";
            List<Map<String, Object>> paths =
                    Gql.data(query, Map.of("to", actor.get("slug"))).getList("data.paths");
            assertThat(actor.get("slug") + " at distance " + distance, paths.isEmpty(), is(false));
            for (Map<String, Object> path : paths) {
                assertThat(path.get("length"), is(distance));
                // the steps form one chain from the start to the neighbour, whichever way each link points
                String at = start;
                @SuppressWarnings("unchecked")
                List<Map<String, Map<String, String>>> steps =
                        (List<Map<String, Map<String, String>>>) path.get("steps");
                for (Map<String, Map<String, String>> step : steps) {
                    String from = step.get("from").get("id");
                    String to = step.get("to").get("id");
                    assertThat(at.equals(from) || at.equals(to), is(true));
                    at = at.equals(from) ? to : from;
                }
                assertThat(at, is(actor.get("id")));
            }
            checked += distance >= 2 ? 1 : 0;
        }
        assertThat(checked > 5, is(true));
    }

    @Test
    void nestedPagesMatchTheRootListUnderEveryOrdering() {
        for (String order : List.of("MADE_ON_DESC", "CREATED_DESC", "STANCE_ASC", "SPEAKER_NAME_ASC")) {
            String nested = "query($after: String) { actors(first: 30, filter: {kind: PERSON}) { nodes { slug"
                    + " statements(first: 2, after: $after, orderBy: [" + order + "]) {"
                    + " pageInfo { endCursor } nodes { slug } } } } }";
            Map<String, Object> none = new HashMap<>();
            none.put("after", null);
            List<Map<String, Object>> first = Gql.data(nested, none).getList("data.actors.nodes");
            // every parent's page ends at the same position, so any full page's cursor continues them all
            String cursor = Gql.data(nested, none).getList("data.actors.nodes.statements", Map.class).stream()
                    .filter(c -> ((List<?>) c.get("nodes")).size() == 2)
                    .map(c -> (String) ((Map<?, ?>) c.get("pageInfo")).get("endCursor"))
                    .findFirst()
                    .orElseThrow();
            List<Map<String, Object>> second =
                    Gql.data(nested, Map.of("after", cursor)).getList("data.actors.nodes");
            assertThat(first.size(), is(30));
            for (int i = 0; i < first.size(); i++) {
                String slug = (String) first.get(i).get("slug");
                List<String> walked = new ArrayList<>(slugs(first.get(i)));
                walked.addAll(slugs(second.get(i)));
                List<String> root = Gql.data(
                                "query($s: String!) { statements(filter: {speaker: $s}, first: 4, orderBy: [" + order
                                        + "]) { nodes { slug } } }",
                                Map.of("s", slug))
                        .getList("data.statements.nodes.slug");
                assertThat(order + " " + slug, walked, is(root));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs(Map<String, Object> actor) {
        List<Map<String, Object>> nodes =
                (List<Map<String, Object>>) ((Map<String, Object>) actor.get("statements")).get("nodes");
        return nodes.stream().map(n -> (String) n.get("slug")).toList();
    }

    @Test
    void theWholeGraphIsThere() {
        assertThat(
                Gql.data("{ statements(filter: {source: \"generated\"}) { totalCount } }")
                        .getInt("data.statements.totalCount"),
                is(STATEMENTS));
    }
}
