package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaginationTest {
    private static final String PAGE = """
            query($first: Int, $after: String) { actors(first: $first, after: $after) {
              totalCount edges { cursor node { slug } } nodes { slug }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";

    @Test
    void walkingPagesVisitsEveryActorOnceInOrder() {
        JsonPath all = Gql.data("{ actors(first: 100) { totalCount nodes { slug } pageInfo { hasNextPage } } }");
        List<String> expected = all.getList("data.actors.nodes.slug");
        assertThat(all.getInt("data.actors.totalCount"), is(expected.size()));
        assertThat(all.getBoolean("data.actors.pageInfo.hasNextPage"), is(false));

        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("first", 5);
            vars.put("after", after);
            JsonPath page = Gql.data(PAGE, vars);
            pages++;
            assertThat(page.getInt("data.actors.totalCount"), is(expected.size()));
            assertThat(page.getList("data.actors.edges.node.slug"), equalTo(page.getList("data.actors.nodes.slug")));
            assertThat(page.getBoolean("data.actors.pageInfo.hasPreviousPage"), is(after != null));
            walked.addAll(page.getList("data.actors.nodes.slug"));
            if (!page.getBoolean("data.actors.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.actors.pageInfo.endCursor");
            List<String> cursors = page.getList("data.actors.edges.cursor");
            assertThat(after, is(cursors.get(cursors.size() - 1)));
        }
        assertThat(walked, equalTo(expected));
        assertThat(pages, is((expected.size() + 4) / 5));
    }

    @Test
    void defaultPageIsTwentyAndEmptyPagesHaveNoCursors() {
        JsonPath json = Gql.data("{ actors { nodes { slug } pageInfo { hasNextPage } } }");
        int total = Gql.data("{ actors { totalCount } }").getInt("data.actors.totalCount");
        assertThat(json.getList("data.actors.nodes").size(), is(Math.min(20, total)));
        JsonPath empty =
                Gql.data("{ actors(first: 0) { nodes { slug } pageInfo { startCursor endCursor hasNextPage } } }");
        assertThat(empty.getList("data.actors.nodes").size(), is(0));
        assertThat(empty.getString("data.actors.pageInfo.endCursor"), nullValue());
        assertThat(empty.getBoolean("data.actors.pageInfo.hasNextPage"), is(true));
    }

    @Test
    void nestedConnectionsPagePerParent() {
        JsonPath json = Gql.data("""
                { event(slug: "nk-troop-deployment-in-russia") {
                    first: statements(first: 2) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } }
                    all: statements(first: 100) { nodes { slug } } } }""");
        List<String> all = json.getList("data.event.all.nodes.slug");
        assertThat(json.getList("data.event.first.nodes.slug"), equalTo(all.subList(0, 2)));
        assertThat(json.getInt("data.event.first.totalCount"), is(all.size()));
        assertThat(json.getBoolean("data.event.first.pageInfo.hasNextPage"), is(true));
        String cursor = json.getString("data.event.first.pageInfo.endCursor");
        JsonPath next = Gql.data(
                "query($after: String) { event(slug: \"nk-troop-deployment-in-russia\") {"
                        + " statements(first: 2, after: $after) { nodes { slug } } } }",
                Map.of("after", cursor));
        assertThat(next.getList("data.event.statements.nodes.slug"), equalTo(all.subList(2, 4)));
    }

    @Test
    void pageSizeAboveTheMaximumIsAnError() {
        JsonPath json = Gql.errors("{ actors(first: 101) { nodes { slug } } }");
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(json.getString("errors[0].message"), containsString("at most 100"));
        JsonPath nested = Gql.errors("{ actor(slug: \"united-states\") { statements(first: 500) { totalCount } } }");
        assertThat(nested.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        JsonPath negative = Gql.errors("{ actors(first: -1) { totalCount } }");
        assertThat(negative.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
    }

    @Test
    void badCursorIsAnError() {
        JsonPath json = Gql.errors("{ actors(after: \"garbage\") { nodes { slug } } }");
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(json.getString("errors[0].message"), containsString("not a valid cursor"));
    }
}
