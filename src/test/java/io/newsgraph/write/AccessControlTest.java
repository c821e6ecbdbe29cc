package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads are public; writes need role editor; refusals say why, carry a code, and change nothing. */
@QuarkusTest
@TestProfile(WriteProfile.class)
class AccessControlTest {
    private static final Map<String, Object> NEW_ACTOR = Map.of(
            "bundle",
            Map.of(
                    "actors",
                    List.of(Map.of("slug", "access-test-group", "name", "Access Test Group", "kind", "GROUP"))));

    @Test
    void readsArePublic() {
        assertThat(
                Gql.data("{ actor(slug: \"north-korea\") { name } }").getString("data.actor.name"), is("North Korea"));
    }

    @Test
    void anonymousWriteIsUnauthenticatedAndChangesNothing() {
        String before = Bundles.graph();
        String body = Gql.post(Bundles.INGEST, NEW_ACTOR)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath json = new JsonPath(body);
        assertThat(json.getString("errors[0].extensions.code"), is("UNAUTHENTICATED"));
        assertThat(json.getString("errors[0].message"), containsString("role editor"));
        assertThat(json.getList("errors[0].path"), is(List.of("ingestBundle")));
        assertThat(body, not(containsString("io.quarkus")));
        assertThat(body, not(containsString("UnauthorizedException")));
        assertThat(body, not(containsString("java.")));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    void userWithoutEditorRoleIsForbiddenAndChangesNothing() {
        String before = Bundles.graph();
        JsonPath json = Gql.postAs("reader", Bundles.INGEST, NEW_ACTOR).jsonPath();
        assertThat(json.getString("errors[0].extensions.code"), is("FORBIDDEN"));
        assertThat(json.getString("errors[0].message"), containsString("editor"));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    void wrongPasswordIsRefusedAtTheDoorWithAnErrorThatSaysWhy() {
        String before = Bundles.graph();
        RestAssured.given()
                .auth()
                .preemptive()
                .basic("editor", "wrong")
                .contentType("application/json")
                .body(Map.of("query", Bundles.INGEST, "variables", NEW_ACTOR))
                .post("/graphql")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "basic")
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("docs/security.md"));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    void editorAndAdminMayIngest() {
        for (String user : List.of("editor", "admin")) {
            JsonPath json = Gql.postAs(
                            user,
                            Bundles.INGEST,
                            Map.of(
                                    "bundle",
                                    Map.of(
                                            "actors",
                                            List.of(Map.of(
                                                    "slug",
                                                    "access-test-" + user,
                                                    "name",
                                                    "Access Test " + user,
                                                    "kind",
                                                    "GROUP")))))
                    .jsonPath();
            assertThat(user, json.getString("errors"), is((Object) null));
            assertThat(user, json.getInt("data.ingestBundle.counts.find { it.type == 'Actor' }.created"), is(1));
        }
    }
}
