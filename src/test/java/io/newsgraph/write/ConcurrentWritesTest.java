package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import io.newsgraph.AtOnce;
import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writers racing for the same row: each one read the same version, so exactly one may win; every other one gets
 * CONFLICT whether the version check or the database caught it, never a server error.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class ConcurrentWritesTest {
    private static final String UPDATE_ACTOR = "mutation($s: String!, $v: Int!, $a: ActorInput!) {"
            + " updateActor(slug: $s, version: $v, actor: $a) { version } }";
    private static final String CREATE_ACTOR = "mutation($a: ActorInput!) { createActor(actor: $a) { slug } }";

    @Test
    void racingUpdatesOfOneVersionGiveOneWinnerAndConflicts() throws Exception {
        Gql.postAs("editor", CREATE_ACTOR, Map.of("a", actor("race-target", "Race Target", null)))
                .then()
                .statusCode(200);
        int writers = 8;
        for (int round = 0; round < 3; round++) {
            int version = round;
            List<JsonPath> answers = AtOnce.send(
                    writers,
                    i -> Gql.postAs(
                                    "editor",
                                    UPDATE_ACTOR,
                                    Map.of(
                                            "s",
                                            "race-target",
                                            "v",
                                            version,
                                            "a",
                                            actor("race-target", "Race Target", "edit " + version + "/" + i)))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath());
            long winners = answers.stream().filter(a -> a.get("errors") == null).count();
            List<String> codes = answers.stream()
                    .filter(a -> a.get("errors") != null)
                    .map(a -> a.getString("errors[0].extensions.code"))
                    .toList();
            assertThat("round " + round + ": " + codes, winners, is(1L));
            assertThat(codes, everyItem(is("CONFLICT")));
        }
    }

    @Test
    void racingCreatesOfOneSlugGiveOneWinnerAndConflicts() throws Exception {
        Gql.postAs("editor", CREATE_ACTOR, Map.of("a", actor("race-known", "Race Known", null)))
                .then()
                .statusCode(200);
        for (int round = 0; round < 5; round++) {
            String slug = "race-new-" + round;
            // odd writers use a stored actor's name: their creates are linked to that actor, a CONFLICT even when
            // another writer's create of the slug commits meanwhile
            String prefix = "Race New " + round + "/";
            List<JsonPath> answers = AtOnce.send(
                    8,
                    i -> Gql.postAs(
                                    "editor",
                                    CREATE_ACTOR,
                                    Map.of("a", actor(slug, i % 2 == 1 ? "Race Known" : prefix + i, null)))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath());
            long winners = answers.stream().filter(a -> a.get("errors") == null).count();
            List<String> codes = answers.stream()
                    .filter(a -> a.get("errors") != null)
                    .map(a -> a.getString("errors[0].extensions.code"))
                    .toList();
            assertThat(
                    "round " + round + ": "
                            + answers.stream()
                                    .map(a -> a.getString("errors[0].message"))
                                    .toList(),
                    winners,
                    is(1L));
            assertThat(codes, everyItem(is("CONFLICT")));
            for (int i = 1; i < answers.size(); i += 2) {
                assertThat(answers.get(i).getString("errors[0].extensions.code"), is("CONFLICT"));
            }
        }
    }

    private static Map<String, Object> actor(String slug, String name, String description) {
        Map<String, Object> a = new HashMap<>(Map.of("slug", slug, "name", name, "kind", "PERSON"));
        if (description != null) {
            a.put("description", description);
        }
        return a;
    }
}
