package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Node type round-trips through node(id:) and nodes(ids:). */
@QuarkusTest
class NodeTest {

    private static void roundTrip(String id, String typename) {
        JsonPath json = Gql.data("query($id: ID!) { node(id: $id) { __typename id } }", Map.of("id", id));
        assertThat(json.getString("data.node.__typename"), is(typename));
        assertThat(json.getString("data.node.id"), is(id));
    }

    @Test
    void eachTypeRoundTrips() {
        JsonPath json = Gql.data("""
                { actor(slug: "sabrina-singh") { id roles { nodes { id } } }
                  events(first: 100) { nodes { __typename id } }
                  deployment: event(slug: "nk-troop-deployment-in-russia") { ... on Deployment { estimates { id } } }
                  statements(first: 1) { nodes { id } }
                  sources { nodes { id } }
                  locations(first: 1) { nodes { id } } }""");
        roundTrip(json.getString("data.actor.id"), "Actor");
        roundTrip(json.getString("data.actor.roles.nodes[0].id"), "Role");
        roundTrip(json.getString("data.deployment.estimates[0].id"), "Estimate");
        roundTrip(json.getString("data.statements.nodes[0].id"), "Statement");
        roundTrip(json.getString("data.sources.nodes[0].id"), "Source");
        roundTrip(json.getString("data.locations.nodes[0].id"), "Location");
        List<Map<String, String>> events = json.getList("data.events.nodes");
        assertThat(
                events.stream()
                        .map(e -> e.get("__typename"))
                        .distinct()
                        .sorted()
                        .toList(),
                equalTo(List.of("Cooperation", "Deployment", "GenericEvent", "Meeting", "Visit")));
        events.forEach(e -> roundTrip(e.get("id"), e.get("__typename")));
    }

    @Test
    void nodesKeepsOrderAndNullsTheMissing() {
        JsonPath ids = Gql.data("{ a: actor(slug: \"china\") { id } b: actor(slug: \"nato\") { id } }");
        String missing = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("Actor:999999".getBytes(StandardCharsets.UTF_8));
        JsonPath json = Gql.data(
                "query($ids: [String!]!) { nodes(ids: $ids) { ... on Actor { slug } } }",
                Map.of("ids", List.of(ids.getString("data.b.id"), missing, ids.getString("data.a.id"))));
        List<Map<String, Object>> nodes = json.getList("data.nodes");
        assertThat(nodes.size(), is(3));
        assertThat(nodes.get(0).get("slug"), is("nato"));
        assertThat(nodes.get(1), is((Object) null));
        assertThat(nodes.get(2).get("slug"), is("china"));
    }

    @Test
    void malformedOrUnknownIdsAreClearErrors() {
        JsonPath bad = Gql.errors("{ node(id: \"not-an-id\") { id } }");
        assertThat(bad.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        String unknown = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("Actor:424242".getBytes(StandardCharsets.UTF_8));
        JsonPath missing = Gql.errors("{ node(id: \"" + unknown + "\") { id } }");
        assertThat(missing.getString("errors[0].extensions.code"), is("NOT_FOUND"));
    }
}
