package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.newsgraph.graph.relay.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A nested field is loaded once for all its parents and the answer kept per field and arguments (Cohort, CohortKey).
 * Two aliases of one field with different arguments must each get their own answer: the same as when asked alone.
 * Every alias of a case is chosen so that the data tells it apart from the others, so a key that forgot an argument
 * would hand one alias the other's answer and fail here.
 */
@QuarkusTest
class AliasedArgumentsTest {
    /** Continues after the first item of a list. */
    private static final String AFTER_FIRST = "\"" + Page.cursor(0) + "\"";

    private static final String PAGE = "{ totalCount nodes { slug } }";
    private static final String ROLES = "{ totalCount nodes { title person { slug } organization { slug } } }";

    @Inject
    SqlCounter sql;

    @Test
    void anActorsListsWithDifferentArgumentsAnswerEachAlias() {
        eachAliasAnswersAsIfAskedAlone(
                "actors(first: 100) { nodes { slug %s } }",
                "data.actors.nodes",
                "firstOne",
                "statements(first: 1) " + PAGE,
                "firstTwo",
                "statements(first: 2) " + PAGE,
                "afterFirst",
                "statements(first: 2, after: " + AFTER_FIRST + ") " + PAGE,
                "assessing",
                "statements(first: 2, filter: {stance: ASSESS}) " + PAGE,
                "urging",
                "statements(first: 2, filter: {stance: URGE}) " + PAGE,
                "stanceInTwo",
                "statements(first: 2, filter: {stanceIn: [ASSESS, CONDEMN]}) " + PAGE,
                "stanceInOne",
                "statements(first: 2, filter: {stanceIn: [CONDEMN]}) " + PAGE,
                "newestFirst",
                "statements(first: 1, orderBy: [CREATED_DESC]) " + PAGE,
                "about",
                "statementsAbout(first: 2) " + PAGE,
                "addressed",
                "statementsAddressed(first: 2) " + PAGE,
                "oneEvent",
                "events(first: 1) " + PAGE,
                "twoEvents",
                "events(first: 2) " + PAGE,
                "meetings",
                "events(first: 2, filter: {kind: MEETING}) " + PAGE,
                "wars",
                "events(first: 2, filter: {kind: ARMED_CONFLICT}) " + PAGE,
                "byTitle",
                "events(first: 2, orderBy: [TITLE_DESC]) " + PAGE,
                "noRoles",
                "roles(first: 0) " + ROLES,
                "oneRole",
                "roles(first: 1) " + ROLES,
                "oneOfficeholder",
                "officeholders(first: 1) " + ROLES);
    }

    @Test
    void anEventsStatementsWithDifferentArgumentsAnswerEachAlias() {
        eachAliasAnswersAsIfAskedAlone(
                "event(slug: \"nk-troop-deployment-in-russia\") { %s }",
                "data.event",
                "firstOne",
                "statements(first: 1) " + PAGE,
                "firstTwo",
                "statements(first: 2) " + PAGE,
                "afterFirst",
                "statements(first: 2, after: " + AFTER_FIRST + ") " + PAGE,
                "concerned",
                "statements(first: 2, filter: {stance: EXPRESS_CONCERN}) " + PAGE,
                "reporting",
                "statements(first: 2, stance: REPORT) " + PAGE,
                "concernedQuoted",
                "statements(first: 2, stance: EXPRESS_CONCERN, filter: {hasQuote: true," + " speakerKind: STATE}) "
                        + PAGE,
                "newestFirst",
                "statements(first: 2, orderBy: [CREATED_DESC]) " + PAGE);
    }

    @Test
    void aSourcesStatementsAndALocationsEventsWithDifferentArgumentsAnswerEachAlias() {
        eachAliasAnswersAsIfAskedAlone(
                "sources(first: 100) { nodes { slug %s } }",
                "data.sources.nodes",
                "firstOne",
                "statements(first: 1) " + PAGE,
                "firstTwo",
                "statements(first: 2) " + PAGE,
                "afterFirst",
                "statements(first: 2, after: " + AFTER_FIRST + ") " + PAGE,
                "reporting",
                "statements(first: 2, filter: {stance: REPORT}) " + PAGE,
                "newestFirst",
                "statements(first: 2, orderBy: [CREATED_DESC]) " + PAGE);
        eachAliasAnswersAsIfAskedAlone(
                "locations(first: 100) { nodes { slug %s } }",
                "data.locations.nodes",
                "none",
                "events(first: 0) " + PAGE,
                "firstOne",
                "events(first: 1) " + PAGE,
                "afterFirst",
                "events(first: 1, after: " + AFTER_FIRST + ") " + PAGE);
    }

    @Test
    void aliasesWithEqualArgumentsShareOneAnswer() {
        String field = "statements(first: 2, filter: {or: [{stanceIn: [ASSESS, URGE]}, {speakerKind: STATE}]},"
                + " orderBy: [CREATED_DESC]) { nodes { slug } }";
        String once = "{ actors(first: 100) { nodes { slug a: " + field + " } } }";
        String twice = "{ actors(first: 100) { nodes { slug a: " + field + " b: " + field + " } } }";
        Gql.data(twice);
        long one = sql.count(() -> Gql.data(once));
        long two = sql.count(() -> Gql.data(twice));
        assertThat("SQL statements for the field asked twice with equal arguments", two, is(one));
        JsonPath json = Gql.data(twice);
        assertThat(json.get("data.actors.nodes.b"), equalTo(json.get("data.actors.nodes.a")));
    }

    /**
     * Asks {@code root} with all the aliased fields at once and with each alone, and checks that each alias got the
     * answer it gets alone. {@code root} has one {@code %s} where the fields go; {@code path} is where they are.
     */
    private static void eachAliasAnswersAsIfAskedAlone(String root, String path, String... aliasesAndFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < aliasesAndFields.length; i += 2) {
            fields.put(aliasesAndFields[i], aliasesAndFields[i + 1]);
        }
        Map<String, Object> alone = new LinkedHashMap<>();
        fields.forEach((alias, field) -> alone.put(
                alias,
                Gql.data("{ " + root.formatted(alias + ": " + field) + " }").get(path + "." + alias)));
        Map<Object, List<String>> aliasesByAnswer = new LinkedHashMap<>();
        alone.forEach((alias, answer) ->
                aliasesByAnswer.computeIfAbsent(answer, a -> new ArrayList<>()).add(alias));
        assertThat(
                "aliases the data does not tell apart",
                aliasesByAnswer.values().stream()
                        .filter(aliases -> aliases.size() > 1)
                        .toList(),
                is(List.of()));

        String all = fields.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(" "));
        JsonPath together = Gql.data("{ " + root.formatted(all) + " }");
        alone.forEach((alias, answer) ->
                assertThat(alias + ": " + fields.get(alias), together.get(path + "." + alias), equalTo(answer)));
    }
}
