package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {
    @Inject
    AgroalDataSource dataSource;

    private static final String SEARCH = """
            query($q: String!, $types: [SearchType!], $first: Int, $after: String) {
              search(query: $q, types: $types, first: $first, after: $after) {
                totalCount
                nodes { score type snippet node { __typename ... on Actor { slug } ... on Event { slug }
                  ... on Statement { slug } ... on Location { slug } ... on Source { slug } } }
                pageInfo { hasNextPage endCursor } } }""";

    private static JsonPath search(String q) {
        return Gql.data(SEARCH, Map.of("q", q));
    }

    @Test
    void bothSpellingsOfYoonFindTheSamePersonFirst() {
        for (String q : List.of("Yoon Suk Yeol", "Yoon Seok-yeol", "yoon seok yeol")) {
            JsonPath json = search(q);
            assertThat(q, json.getString("data.search.nodes[0].type"), is("ACTOR"));
            assertThat(q, json.getString("data.search.nodes[0].node.slug"), is("yoon-suk-yeol"));
            assertThat(q, json.getString("data.search.nodes[0].snippet"), containsString("<mark>"));
        }
    }

    @Test
    void kurskFindsTheDeploymentTheLocationAndStatements() {
        JsonPath json = Gql.data(SEARCH, Map.of("q", "Kursk", "first", 50));
        List<String> slugs = json.getList("data.search.nodes.node.slug");
        List<String> types = json.getList("data.search.nodes.type");
        assertThat(slugs, hasItem("kursk-region"));
        assertThat(slugs, hasItem("nk-troop-deployment-in-russia"));
        assertThat(types, hasItem("STATEMENT"));
        assertThat(json.getString("data.search.nodes[0].snippet"), containsString("<mark>Kursk</mark>"));
        assertThat(json.getInt("data.search.totalCount"), is(slugs.size()));
    }

    @Test
    void resultsAreRankedAndPaged() {
        JsonPath all = Gql.data(SEARCH, Map.of("q", "North Korea troops", "first", 100));
        List<Float> scores = all.getList("data.search.nodes.score", Float.class);
        assertThat(scores.size() > 3, is(true));
        for (int i = 1; i < scores.size(); i++) {
            assertThat("scores descend", scores.get(i - 1) >= scores.get(i), is(true));
        }
        JsonPath first = Gql.data(SEARCH, Map.of("q", "North Korea troops", "first", 3));
        JsonPath second = Gql.data(
                SEARCH,
                Map.of(
                        "q",
                        "North Korea troops",
                        "first",
                        3,
                        "after",
                        first.getString("data.search.pageInfo.endCursor")));
        List<String> expected = all.getList("data.search.nodes.node.__typename");
        assertThat(second.getList("data.search.nodes").size(), is(Math.min(3, expected.size() - 3)));
        assertThat(all.getList("data.search.nodes").size(), is(all.getInt("data.search.totalCount")));
    }

    @Test
    void typesNarrowTheSearch() {
        JsonPath json = Gql.data(SEARCH, Map.of("q", "Russia", "types", List.of("LOCATION"), "first", 100));
        assertThat(json.getList("data.search.nodes.type").stream().distinct().toList(), is(List.of("LOCATION")));
    }

    @Test
    void namesOutrankMentionsAndTextsOutrankEvidence() {
        List<String> slugs = Gql.data(SEARCH, Map.of("q", "Kursk", "first", 50)).getList("data.search.nodes.node.slug");
        assertThat(slugs.get(0), is("kursk-region"));
        // Singh's statement names Kursk in its summary; the deployment only in its evidence.
        assertThat(slugs, hasItem("singh-warns-nk-troops-may-fight-near-kursk"));
        assertThat(slugs, hasItem("nk-troop-deployment-in-russia"));
        assertThat(
                slugs.toString(),
                slugs.indexOf("singh-warns-nk-troops-may-fight-near-kursk"),
                lessThan(slugs.indexOf("nk-troop-deployment-in-russia")));
    }

    @Test
    void documentsMatchingMoreOfTheWordsComeFirst() {
        JsonPath json = Gql.data(SEARCH, Map.of("q", "Biden dangerous", "first", 50));
        List<String> slugs = json.getList("data.search.nodes.node.slug");
        // The statement has both words; the actor has only the name, twice (name and alias), at the top weight.
        assertThat(slugs.get(0), is("biden-calls-nk-deployment-very-dangerous"));
        assertThat(slugs, hasItem("joe-biden"));
        assertThat(json.getString("data.search.nodes[0].snippet"), containsString("<mark>dangerous</mark>"));
    }

    /**
     * On PostgreSQL, search runs on its own full-text search (search_document, tsvector, GIN), whose English stemming
     * finds other forms of a word; the term index (search_doc) stays empty there. On H2 words match whole.
     */
    @Test
    void onPostgresqlSearchUsesItsFullTextSearch() throws SQLException {
        JsonPath json = Gql.data(SEARCH, Map.of("q", "condemning", "first", 50));
        List<String> slugs = json.getList("data.search.nodes.node.slug");
        if (!postgres()) {
            assertThat(slugs, not(hasItem("yoon-condemns-nk-russia-collaboration")));
            return;
        }
        assertThat(slugs, hasItem("yoon-condemns-nk-russia-collaboration"));
        int at = slugs.indexOf("yoon-condemns-nk-russia-collaboration");
        assertThat(json.getString("data.search.nodes[" + at + "].snippet"), containsString("<mark>condemned</mark>"));
        assertThat(count("select count(*) from search_doc"), is(0L));
        assertThat(
                count("select count(*) from search_document where doc_type = 'STATEMENT'"),
                is(count("select count(*) from statement")));
    }

    private boolean postgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aQueryWithNoWordsIsABadInput() {
        JsonPath json = Gql.errors("{ search(query: \"the ?!\") { totalCount } }");
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
    }
}
