package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraversalTest {
    private static final String STEP = """
            relation label forward
            from { __typename ... on Actor { slug } ... on Event { slug } }
            to { __typename ... on Actor { slug } ... on Event { slug } }
            via { __typename } evidence { text }""";

    @Test
    void yoonCondemnedTheCooperationRussiaIsPartyTo() {
        JsonPath json = Gql.data(
                "{ paths(from: \"yoon-suk-yeol\", to: \"russia\", maxLength: 3) { length steps { " + STEP + " } } }");
        List<Map<String, Object>> paths = json.getList("data.paths");
        assertThat(paths.isEmpty(), is(false));
        assertThat(json.getInt("data.paths[0].length"), is(2));
        List<Integer> lengths = json.getList("data.paths.length");
        assertThat(lengths.stream().distinct().toList(), equalTo(List.of(2)));
        boolean found = false;
        for (int i = 0; i < paths.size(); i++) {
            String at = "data.paths[" + i + "].steps";
            if ("CONDEMN".equals(json.getString(at + "[0].label"))
                    && "nk-russia-military-cooperation".equals(json.getString(at + "[0].to.slug"))) {
                found = true;
                assertThat(json.getString(at + "[0].relation"), is("STATEMENT"));
                assertThat(json.getBoolean(at + "[0].forward"), is(true));
                assertThat(json.getString(at + "[0].via.__typename"), is("Statement"));
                assertThat(json.getString(at + "[0].evidence[0].text"), containsString("condemned"));
                assertThat(json.getString(at + "[1].relation"), is("PARTICIPANT"));
                assertThat(json.getString(at + "[1].label"), is("PARTY"));
                assertThat(json.getBoolean(at + "[1].forward"), is(false));
                assertThat(json.getString(at + "[1].to.slug"), is("russia"));
            }
        }
        assertThat("path through the condemned cooperation", found, is(true));
    }

    @Test
    void pathsCanBeRestrictedToRelationships() {
        JsonPath json = Gql.data("{ paths(from: \"sabrina-singh\", to: \"united-states\", via: [ROLE, MEMBERSHIP])"
                + " { length steps { relation } } }");
        assertThat(json.getInt("data.paths[0].length"), is(1));
        JsonPath roleOnly = Gql.data(
                "{ paths(from: \"sabrina-singh\", to: \"united-states\", via: [ROLE], maxLength: 4)" + " { length } }");
        assertThat(roleOnly.getList("data.paths"), equalTo(List.of()));
    }

    @Test
    void badPathArgumentsAreClearErrors() {
        assertThat(
                Gql.errors("{ paths(from: \"russia\", to: \"ukraine\", maxLength: 9) { length } }")
                        .getString("errors[0].extensions.code"),
                is("BAD_USER_INPUT"));
        assertThat(
                Gql.errors("{ paths(from: \"atlantis\", to: \"ukraine\") { length } }")
                        .getString("errors[0].extensions.code"),
                is("NOT_FOUND"));
    }

    @Test
    void neighborsGrowWithDepth() {
        JsonPath one = Gql.data("{ actor(slug: \"sabrina-singh\") { neighbors(depth: 1) { distance actor { slug }"
                + " path { relation } } } }");
        List<String> near = one.getList("data.actor.neighbors.actor.slug");
        assertThat(near, hasItems("pentagon", "united-states"));
        assertThat(near, not(hasItem("north-korea")));
        JsonPath two = Gql.data(
                "{ actor(slug: \"sabrina-singh\") { neighbors(depth: 2, first: 100) { distance actor { slug } } } }");
        List<String> far = two.getList("data.actor.neighbors.actor.slug");
        assertThat(far, hasItems("pentagon", "north-korea", "russia"));
        List<Integer> distances = two.getList("data.actor.neighbors.distance");
        for (int i = 1; i < distances.size(); i++) {
            assertThat("nearest first", distances.get(i - 1) <= distances.get(i), is(true));
        }
    }

    @Test
    void timelineOfAnActorAndOfAnEvent() {
        JsonPath yoon = Gql.data("{ timeline(actor: \"yoon-suk-yeol\") { totalCount nodes { date node {"
                + " __typename ... on Statement { slug } } } } }");
        assertThat(yoon.getInt("data.timeline.totalCount"), is(2));
        assertThat(yoon.getList("data.timeline.nodes.node.__typename"), equalTo(List.of("Statement", "Statement")));
        JsonPath cooperation = Gql.data("{ timeline(event: \"nk-russia-military-cooperation\") { totalCount nodes {"
                + " node { __typename } } } }");
        assertThat(cooperation.getInt("data.timeline.totalCount"), is(4));
        assertThat(cooperation.getList("data.timeline.nodes.node.__typename"), hasItems("Cooperation", "Statement"));
        JsonPath dated = Gql.data("{ timeline(actor: \"yoon-suk-yeol\", from: \"2020-01-01\") { totalCount } }");
        assertThat(dated.getInt("data.timeline.totalCount"), is(0));
        assertThat(
                Gql.errors("{ timeline { totalCount } }").getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
    }
}
