package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ParentPages reads cost one SQL statement per nesting level, whatever the number of parents: these tests fail on any
 * N+1 regression.
 */
@QuarkusTest
class SqlStatementsPerRequestTest {
    private static final String WALK = """
            query($first: Int) { statements(first: $first) { nodes { stance
              speaker { name roles { nodes { title organization { name } } } }
              subject { __typename ... on Actor { name } ... on Event { title } }
              evidence { text source { title } } } } }""";

    @Inject
    SqlCounter sql;

    private long statementsFor(String query, Integer first) {
        java.util.Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("first", first);
        return sql.count(() -> Gql.data(query, vars));
    }

    @Test
    void nestedWalkCostsTheSameForTwoParentsAsForAll() {
        long two = statementsFor(WALK, 2);
        long all = statementsFor(WALK, 100);
        System.out.printf("SQL statements for the nested walk: %d (2 statements), %d (all)%n", two, all);
        // statements, speakers, roles, organizations, subject events, subject actors, evidence, sources:
        // one per level however many statements there are (levels with nothing in them cost nothing)
        assertThat(two, lessThanOrEqualTo(all));
        assertThat(all, lessThanOrEqualTo(8L));
    }

    @Test
    void acceptanceOperationsStayWithinOneStatementPerLevel() {
        java.util.Map<String, Long> limits = new java.util.LinkedHashMap<>();
        limits.put("WhoCondemnedWhichCooperation", 8L);
        limits.put("Deployments", 11L);
        limits.put("ChoeVisit", 15L);
        limits.put("SpokespersonToPentagon", 11L);
        limits.put("WhatWasAskedOfChina", 7L);
        limits.forEach((operation, limit) -> {
            long count = sql.count(() -> Gql.data(Gql.operation(operation)));
            System.out.printf("SQL statements for %s: %d%n", operation, count);
            assertThat(operation, count, lessThanOrEqualTo(limit));
        });
    }

    @Test
    void totalCountIsOneStatementForAllSiblingConnections() {
        long without = sql.count(() -> Gql.data("{ actors(first: 100) { nodes { statements { nodes { slug } } } } }"));
        long with = sql.count(() ->
                Gql.data("{ actors(first: 100) { totalCount nodes { statements { totalCount nodes { slug } } } } }"));
        assertThat(with, is(without + 2));
    }

    @Test
    void linkingBundleActorsByNameCostsTheSameForOneAsForFive() {
        // new slugs under stored names and aliases: the ingest links each to the stored actor (dry run: nothing kept)
        List<Map<String, Object>> five = List.of(
                Map.of("slug", "again-putin", "name", "Putin", "kind", "PERSON"),
                Map.of("slug", "again-biden", "name", "Joe Biden", "kind", "PERSON"),
                Map.of("slug", "again-yoon", "name", "Yoon Suk Yeol", "kind", "PERSON"),
                Map.of("slug", "again-nato", "name", "NATO", "kind", "INTERNATIONAL_ORGANIZATION"),
                Map.of("slug", "again-china", "name", "PRC", "kind", "STATE"));
        long one = linking(five.subList(0, 1));
        long all = linking(five);
        System.out.printf("SQL statements to link bundle actors by name: %d (1 actor), %d (5 actors)%n", one, all);
        assertThat(all, is(one));
        // three reads of the actor table, the matched actors' aliases fetched with them (not loaded per actor)
        assertThat(all, lessThanOrEqualTo(3L));
    }

    private long linking(List<Map<String, Object>> actors) {
        return sql.count(() -> {
            var report = Gql.postAs(
                            "editor",
                            "mutation($b: BundleInput!) { ingestBundle(bundle: $b, dryRun: true)"
                                    + " { counts { type created unchanged } } }",
                            Map.of("b", Map.of("actors", actors)))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(
                    report.prettify(),
                    report.getInt("data.ingestBundle.counts.find { it.type == 'Actor' }.created"),
                    is(0));
        });
    }
}
