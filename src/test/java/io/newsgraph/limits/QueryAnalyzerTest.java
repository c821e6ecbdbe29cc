package io.newsgraph.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryAnalyzerTest {
    private final QueryAnalyzer analyzer = new QueryAnalyzer(Set.of("statements", "actors"));

    private QueryCost measure(String query, Map<String, Object> variables) {
        return analyzer.analyze(Parser.parse(query), null, variables);
    }

    @Test
    void costMultipliesPageSizesDownTheNesting() {
        // actors: 10; nodes: 10; name: 10; statements: 10*5; nodes: 50; slug: 50
        QueryCost cost =
                measure("{ actors(first: 10) { nodes { name statements(first: 5) { nodes { slug } } } } }", null);
        assertEquals(10 + 10 + 10 + 50 + 50 + 50, cost.cost());
        assertEquals(5, cost.depth());
    }

    @Test
    void connectionsWithoutFirstCountTheDefaultPage() {
        QueryCost cost = measure("{ actors { totalCount } }", null);
        assertEquals(20 + 20, cost.cost());
    }

    @Test
    void variablesAndIdListsSetPageSizes() {
        QueryCost cost = measure(
                "query($n: Int, $ids: [String!]!) { actors(first: $n) { totalCount }"
                        + " nodes(ids: $ids) { __typename } }",
                Map.of("n", 3, "ids", List.of("a", "b")));
        assertEquals(3 + 3 + 2 + 2, cost.cost());
    }

    @Test
    void fragmentsAliasesAndDirectivesAreCounted() {
        QueryCost cost = measure(
                "query { a: actors(first: 1) { ...F } b: actors(first: 1) { ...F @skip(if: false) } }"
                        + " fragment F on ActorConnection { totalCount @include(if: true) }",
                null);
        assertEquals(2, cost.aliases());
        assertEquals(3, cost.directives());
        assertEquals(4, cost.fields());
        assertEquals(2, cost.depth());
    }

    @Test
    void cyclicFragmentsDoNotLoop() {
        QueryCost cost = measure("{ actors { ...A } } fragment A on ActorConnection { nodes { ...A } }", null);
        assertEquals(2, cost.fields());
    }
}
