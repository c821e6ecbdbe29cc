package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search index follows deletions: a deleted statement is no longer found, and nothing found is missing. */
@QuarkusTest
@TestProfile(WriteProfile.class)
class SearchAfterWritesTest {
    private static final String SEARCH = "query($q: String!) { search(query: $q, first: 100) { totalCount"
            + " nodes { type node { __typename ... on Statement { slug } } } } }";

    @Test
    void deletedStatementsLeaveTheIndex() {
        JsonPath before = Gql.data(SEARCH, Map.of("q", "internationalization"));
        assertThat(before.getList("data.search.nodes.node.slug"), hasItem("zelenskyy-sees-internationalization-of-conflict"));
        JsonPath deleted = Gql.postAs("admin", "mutation { deleteStatement(slug: \"zelenskyy-sees-internationalization-of-conflict\")"
                + " { deleted } }", null).jsonPath();
        assertThat(deleted.get("errors"), is((Object) null));
        JsonPath after = Gql.data(SEARCH, Map.of("q", "internationalization"));
        List<String> slugs = after.getList("data.search.nodes.node.slug");
        assertThat(slugs, not(hasItem("zelenskyy-sees-internationalization-of-conflict")));
        assertThat(after.getInt("data.search.totalCount"), is(after.getList("data.search.nodes").size()));
    }
}
