package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The search index follows writes: a created actor is found at once (accents or not), a deleted statement is no
 * longer found, and nothing found is missing.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class SearchAfterWritesTest {
    @Inject
    AgroalDataSource dataSource;

    private static final String SEARCH = "query($q: String!) { search(query: $q, first: 100) { totalCount"
            + " nodes { type snippet node { __typename ... on Statement { slug } ... on Actor { slug } } } } }";

    @Test
    void createdActorsAreFoundWithOrWithoutTheirAccents() {
        JsonPath created = Gql.postAs(
                        "editor",
                        "mutation { createActor(actor: { slug: \"recep-tayyip-erdogan\","
                                + " name: \"Recep Tayyip Erdoğan\", kind: PERSON, aliases: [\"Erdoğan\"] }) { slug } }",
                        null)
                .jsonPath();
        assertThat(created.get("errors"), is((Object) null));
        for (String q : List.of("Erdogan", "Erdoğan", "ERDOĞAN Tayyip")) {
            JsonPath json = Gql.data(SEARCH, Map.of("q", q));
            assertThat(q, json.getString("data.search.nodes[0].node.slug"), is("recep-tayyip-erdogan"));
            assertThat(q, json.getString("data.search.nodes[0].snippet"), containsString("<mark>Erdoğan</mark>"));
        }
    }

    /** A merged-away actor leaves the index; the one kept is found under the names it took over. */
    @Test
    void mergedActorsAreFoundAsTheOneKept() {
        JsonPath created = Gql.postAs(
                        "editor",
                        "mutation { createActor(actor: { slug: \"wladimir-putin\","
                                + " name: \"Wladimir Putin\", kind: PERSON }) { slug } }",
                        null)
                .jsonPath();
        assertThat(created.get("errors"), is((Object) null));
        assertThat(
                Gql.data(SEARCH, Map.of("q", "Wladimir")).getList("data.search.nodes.node.slug"),
                is(List.of("wladimir-putin")));
        JsonPath merged = Gql.postAs(
                        "admin",
                        "mutation { mergeActors(keep: \"vladimir-putin\"," + " remove: \"wladimir-putin\") { slug } }",
                        null)
                .jsonPath();
        assertThat(merged.get("errors"), is((Object) null));
        JsonPath json = Gql.data(SEARCH, Map.of("q", "Wladimir"));
        assertThat(json.getList("data.search.nodes.node.slug"), is(List.of("vladimir-putin")));
        assertThat(json.getInt("data.search.totalCount"), is(1));
    }

    /**
     * Another instance's write reaches this one's in-memory index through the stored row and the graph version it
     * committed as (the portable index; PostgreSQL's own search reads its table directly).
     */
    @Test
    void indexRowsWrittenElsewhereAreFound() throws SQLException {
        Assumptions.assumeFalse(postgres(), "PostgreSQL searches search_document, not the term index");
        assertThat(Gql.data(SEARCH, Map.of("q", "zyxwvut")).getInt("data.search.totalCount"), is(0));
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.executeUpdate("update graph_version set version = version + 1 where id = 1");
            sql.executeUpdate("update search_doc set terms = terms || ' zyxwvut 10', version = (select version from"
                    + " graph_version where id = 1) where doc_type = 'ACTOR' and doc_id = (select id from actor"
                    + " where slug = 'china')");
            connection.commit();
        }
        JsonPath json = Gql.data(SEARCH, Map.of("q", "zyxwvut"));
        assertThat(json.getInt("data.search.totalCount"), is(1));
        assertThat(json.getString("data.search.nodes[0].node.slug"), is("china"));
    }

    private boolean postgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        }
    }

    @Test
    void deletedStatementsLeaveTheIndex() {
        JsonPath before = Gql.data(SEARCH, Map.of("q", "internationalization"));
        assertThat(
                before.getList("data.search.nodes.node.slug"),
                hasItem("zelenskyy-sees-internationalization-of-conflict"));
        JsonPath deleted = Gql.postAs(
                        "admin",
                        "mutation { deleteStatement(slug: \"zelenskyy-sees-internationalization-of-conflict\")"
                                + " { deleted } }",
                        null)
                .jsonPath();
        assertThat(deleted.get("errors"), is((Object) null));
        JsonPath after = Gql.data(SEARCH, Map.of("q", "internationalization"));
        List<String> slugs = after.getList("data.search.nodes.node.slug");
        assertThat(slugs, not(hasItem("zelenskyy-sees-internationalization-of-conflict")));
        assertThat(
                after.getInt("data.search.totalCount"),
                is(after.getList("data.search.nodes").size()));
    }
}
