package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, update, delete and merge over HTTP: each success, each kind of rejection, and nothing changed by one. */
@QuarkusTest
@TestProfile(WriteProfile.class)
class MutationsTest {
    private static final String SEED_SOURCE = "nk-troop-surge-in-russia";
    private static final String CREATE_ACTOR =
            "mutation($a: ActorInput!) { createActor(actor: $a) { slug name version aliases } }";
    private static final String UPDATE_ACTOR = "mutation($s: String!, $v: Int!, $a: ActorInput!) {"
            + " updateActor(slug: $s, version: $v, actor: $a) { slug description version } }";
    private static final String CREATE_STATEMENT = "mutation($s: StatementInput!) { createStatement(statement: $s) {"
            + " slug version speaker { slug } evidence { text start end } } }";
    private static final String CREATE_EVENT = "mutation($e: EventInput!) { createEvent(event: $e) { slug kind } }";

    private static JsonPath as(String user, String mutation, Map<String, Object> variables) {
        return Gql.postAs(user, mutation, variables)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> actor(String slug, String name) {
        return new HashMap<>(Map.of("slug", slug, "name", name, "kind", "PERSON"));
    }

    private static Map<String, Object> statement(String slug, String speaker, String evidence) {
        return new HashMap<>(Map.of(
                "slug",
                slug,
                "speaker",
                speaker,
                "stance",
                "CONDEMN",
                "subject",
                Map.of("event", "nk-russia-military-cooperation"),
                "summary",
                "Condemned it.",
                "evidence",
                List.of(Map.of("source", SEED_SOURCE, "text", evidence))));
    }

    private static String code(JsonPath json) {
        return json.getString("errors[0].extensions.code");
    }

    private static List<String> problemPaths(JsonPath json) {
        return json.getList("errors[0].extensions.problems.path");
    }

    @Test
    void createUpdateAndHistoryOfAnActor() {
        JsonPath created = as("editor", CREATE_ACTOR, Map.of("a", actor("mut-analyst", "Mut Analyst")));
        assertThat(created.getString("data.createActor.slug"), is("mut-analyst"));
        assertThat(created.getInt("data.createActor.version"), is(0));
        Map<String, Object> changed = actor("mut-analyst", "Mut Analyst");
        changed.put("description", "An analyst.");
        changed.put("aliases", List.of("M. Analyst"));
        JsonPath updated = as("editor", UPDATE_ACTOR, Map.of("s", "mut-analyst", "v", 0, "a", changed));
        assertThat(updated.getString("data.updateActor.description"), is("An analyst."));
        assertThat(updated.getInt("data.updateActor.version"), is(1));

        String before = Bundles.graph();
        changed.put("description", "A stale edit.");
        JsonPath stale = as("editor", UPDATE_ACTOR, Map.of("s", "mut-analyst", "v", 0, "a", changed));
        assertThat(code(stale), is("CONFLICT"));
        assertThat(stale.getString("errors[0].message"), containsString("version 0, it is at 1"));
        assertThat(Bundles.graph(), is(before));

        String id = Gql.data("{ actor(slug: \"mut-analyst\") { id } }").getString("data.actor.id");
        JsonPath history =
                Gql.data("query($id: ID!) { history(id: $id) { operation user via before after } }", Map.of("id", id));
        assertThat(history.getList("data.history.operation"), is(List.of("UPDATE", "CREATE")));
        assertThat(history.getList("data.history.via"), is(List.of("updateActor", "createActor")));
        assertThat(history.getString("data.history[0].before"), containsString("\"description\":null"));
        assertThat(history.getString("data.history[0].after"), containsString("\"description\":\"An analyst.\""));
        assertThat(history.getString("data.history[0].user"), is("editor"));
    }

    @Test
    void invalidInputIsAValidationErrorWithFieldPathsAndChangesNothing() {
        String before = Bundles.graph();
        Map<String, Object> bad = actor("Not A Slug", " ");
        bad.put("wikidataId", "423");
        JsonPath json = as("editor", CREATE_ACTOR, Map.of("a", bad));
        assertThat(code(json), is("VALIDATION"));
        assertThat(problemPaths(json), containsInAnyOrder("actor.slug", "actor.name", "actor.wikidataId"));
        Map<String, Object> future = statement("mut-future", "yoon-suk-yeol", "condemned the military collaboration");
        future.put("madeOn", "2999-01-01");
        json = as("editor", CREATE_STATEMENT, Map.of("s", future));
        assertThat(problemPaths(json), is(List.of("statement.madeOn")));
        assertThat(json.getString("errors[0].extensions.problems[0].message"), containsString("present"));
        Map<String, Object> unsupported = statement("mut-unsupported", "yoon-suk-yeol", "words the article never used");
        unsupported.put("quote", "not in the evidence");
        json = as("editor", CREATE_STATEMENT, Map.of("s", unsupported));
        assertThat(problemPaths(json), containsInAnyOrder("statement.quote", "statement.evidence[0].text"));
        assertThat(
                json.getList("errors[0].extensions.problems.code"), containsInAnyOrder("VALIDATION", "SPAN_NOT_FOUND"));
        Map<String, Object> lonely = new HashMap<>(Map.of(
                "slug",
                "mut-lonely-cooperation",
                "kind",
                "COOPERATION",
                "title",
                "One-sided",
                "status",
                "ONGOING",
                "parties",
                List.of("russia"),
                "evidence",
                List.of(Map.of("source", SEED_SOURCE, "text", "military cooperation"))));
        json = as("editor", CREATE_EVENT, Map.of("e", lonely));
        assertThat(problemPaths(json), is(List.of("event.parties")));
        lonely.put("kind", "DEPLOYMENT");
        lonely.put(
                "estimates",
                List.of(Map.of("troops", 0, "evidence", List.of(Map.of("source", SEED_SOURCE, "text", "10,000")))));
        json = as("editor", CREATE_EVENT, Map.of("e", lonely));
        assertThat(problemPaths(json), is(List.of("event.estimates[0].troops")));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    void notFoundAndConflictOnCreate() {
        String before = Bundles.graph();
        assertThat(
                code(as(
                        "editor",
                        UPDATE_ACTOR,
                        Map.of("s", "nobody-at-all", "v", 0, "a", actor("nobody-at-all", "N")))),
                is("NOT_FOUND"));
        assertThat(
                code(as("editor", CREATE_ACTOR, Map.of("a", actor("vladimir-putin", "Vladimir Putin")))),
                is("CONFLICT"));
        assertThat(
                "a known name under a new slug",
                code(as("editor", CREATE_ACTOR, Map.of("a", actor("putin-again", "Vladimir Putin")))),
                is("CONFLICT"));
        JsonPath json = as(
                "editor",
                CREATE_STATEMENT,
                Map.of("s", statement("mut-ghost", "ghost-speaker", "condemned the military collaboration")));
        assertThat(code(json), is("NOT_FOUND"));
        assertThat(problemPaths(json), is(List.of("statement.speaker")));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    void deletingNeedsAdminAndRefusesWhileReferencedUnlessCascading() {
        as("editor", CREATE_ACTOR, Map.of("a", actor("mut-speaker", "Mut Speaker")));
        JsonPath s = as(
                "editor",
                CREATE_STATEMENT,
                Map.of(
                        "s",
                        statement(
                                "mut-speaker-condemns",
                                "mut-speaker",
                                "condemned the military collaboration between North Korea and Russia")));
        assertThat(
                s.getString("data.createStatement.evidence[0].text"),
                is("condemned the military collaboration between North Korea and Russia"));
        String id = Gql.data("{ actor(slug: \"mut-speaker\") { id } }").getString("data.actor.id");
        String delete =
                "mutation($s: String!, $c: Boolean) { deleteActor(slug: $s, cascade: $c) { deleted detached } }";

        String before = Bundles.graph();
        assertThat(code(as("editor", delete, Map.of("s", "mut-speaker"))), is("FORBIDDEN"));
        JsonPath refused = as("admin", delete, Map.of("s", "mut-speaker"));
        assertThat(code(refused), is("CONFLICT"));
        assertThat(refused.getString("errors[0].message"), containsString("1 statements by or about it"));
        assertThat(code(as("admin", delete, Map.of("s", "no-such-actor"))), is("NOT_FOUND"));
        assertThat(Bundles.graph(), is(before));

        JsonPath done = as("admin", delete, Map.of("s", "mut-speaker", "c", true));
        assertThat(
                done.getList("data.deleteActor.deleted"),
                is(List.of("Actor:mut-speaker", "Statement:mut-speaker-condemns")));
        assertThat(code(Gql.errors("{ statement(slug: \"mut-speaker-condemns\") { slug } }")), is("NOT_FOUND"));
        JsonPath history = Gql.data("query($id: ID!) { history(id: $id) { operation user after } }", Map.of("id", id));
        assertThat(history.getString("data.history[0].operation"), is("DELETE"));
        assertThat(history.getString("data.history[0].user"), is("admin"));
        assertThat(history.getString("data.history[0].after"), is((Object) null));
    }

    @Test
    void mergeMovesEveryReferenceAndKeepsTheNames() {
        as("editor", CREATE_ACTOR, Map.of("a", actor("yoon-sukyeol", "Yoon Sukyeol")));
        as(
                "editor",
                CREATE_STATEMENT,
                Map.of(
                        "s",
                        statement(
                                "mut-duplicate-yoon-condemns",
                                "yoon-sukyeol",
                                "condemned the military collaboration between North Korea and Russia")));
        String merge = "mutation { mergeActors(keep: \"yoon-suk-yeol\", remove: \"yoon-sukyeol\") { slug aliases"
                + " statements(first: 50) { nodes { slug } } } }";
        assertThat(code(as("editor", merge, null)), is("FORBIDDEN"));
        JsonPath merged = as("admin", merge, null);
        assertThat(merged.getList("data.mergeActors.aliases"), hasItem("Yoon Sukyeol"));
        assertThat(merged.getList("data.mergeActors.statements.nodes.slug"), hasItem("mut-duplicate-yoon-condemns"));
        assertThat(code(Gql.errors("{ actor(slug: \"yoon-sukyeol\") { slug } }")), is("NOT_FOUND"));
        JsonPath found = Gql.data("{ actors(filter: {name: \"Sukyeol\"}) { nodes { slug } } }");
        assertThat(found.getList("data.actors.nodes.slug"), is(List.of("yoon-suk-yeol")));
        String id = Gql.data("{ actor(slug: \"yoon-suk-yeol\") { id } }").getString("data.actor.id");
        JsonPath history = Gql.data("query($id: ID!) { history(id: $id) { operation via after } }", Map.of("id", id));
        assertThat(history.getString("data.history[0].operation"), is("MERGE"));
        assertThat(history.getString("data.history[0].after"), containsString("\"mergedFrom\":\"yoon-sukyeol\""));
    }

    @Test
    void eventsLocationsSourcesAndRoles() {
        Map<String, Object> talks = new HashMap<>(Map.of(
                "slug",
                "mut-talks",
                "kind",
                "MEETING",
                "title",
                "Talks",
                "status",
                "PLANNED",
                "parties",
                List.of("russia", "north-korea"),
                "evidence",
                List.of(Map.of("source", SEED_SOURCE, "text", "strategic dialogue"))));
        assertThat(as("editor", CREATE_EVENT, Map.of("e", talks)).getString("data.createEvent.kind"), is("MEETING"));
        as(
                "editor",
                CREATE_STATEMENT,
                Map.of(
                        "s",
                        Map.of(
                                "slug",
                                "mut-talks-report",
                                "speaker",
                                "russia",
                                "stance",
                                "REPORT",
                                "subject",
                                Map.of("event", "mut-talks"),
                                "summary",
                                "Talks are planned.",
                                "evidence",
                                List.of(Map.of("source", SEED_SOURCE, "text", "strategic dialogue")))));
        String deleteEvent = "mutation($c: Boolean) { deleteEvent(slug: \"mut-talks\", cascade: $c) { deleted } }";
        assertThat(code(as("admin", deleteEvent, Map.of("c", false))), is("CONFLICT"));
        assertThat(
                as("admin", deleteEvent, Map.of("c", true)).getList("data.deleteEvent.deleted"),
                is(List.of("Event:mut-talks", "Statement:mut-talks-report")));

        JsonPath place = as(
                "editor",
                "mutation { createLocation(location: {slug: \"mut-town\", name: \"Mut Town\","
                        + " kind: CITY, country: \"russia\"}) { slug version country { slug } } }",
                null);
        assertThat(place.getString("data.createLocation.country.slug"), is("russia"));
        JsonPath renamed = as(
                "editor",
                "mutation { updateLocation(slug: \"mut-town\", version: 0, location: {slug:"
                        + " \"mut-town\", name: \"Mut City\", kind: CITY}) { name version } }",
                null);
        assertThat(renamed.getString("data.updateLocation.name"), is("Mut City"));
        assertThat(
                as("admin", "mutation { deleteLocation(slug: \"mut-town\") { deleted } }", null)
                        .getList("data.deleteLocation.deleted"),
                is(List.of("Location:mut-town")));

        String before = Bundles.graph();
        JsonPath cited = as("admin", "mutation { deleteSource(slug: \"" + SEED_SOURCE + "\") { deleted } }", null);
        assertThat(code(cited), is("CONFLICT"));
        JsonPath newText = as(
                "editor",
                "mutation { updateSource(slug: \"" + SEED_SOURCE + "\", version: 0, source: {" + " slug: \""
                        + SEED_SOURCE + "\", title: \"T\", text: \"another text\"}) { slug } }",
                null);
        assertThat(code(newText), is("CONFLICT"));
        assertThat(newText.getString("errors[0].extensions.problems[0].path"), is("source.text"));
        assertThat(Bundles.graph(), is(before));

        JsonPath role = as(
                "editor",
                "mutation { createRole(role: {person: \"joe-biden\", organization: \"nato\","
                        + " title: \"Mut Observer\", evidence: [{source: \"" + SEED_SOURCE
                        + "\", text: \"NATO\"}]}) { id title"
                        + " version organization { slug } } }",
                null);
        assertThat(role.getString("data.createRole.organization.slug"), is("nato"));
        String roleId = role.getString("data.createRole.id");
        assertThat(
                as("admin", "mutation($id: ID!) { deleteRole(id: $id) { deleted } }", Map.of("id", roleId))
                        .getList("data.deleteRole.deleted"),
                not(List.of()));
        assertThat(
                Gql.data("{ actor(slug: \"joe-biden\") { roles { nodes { title } } } }")
                        .getList("data.actor.roles.nodes.title"),
                not(hasItem("Mut Observer")));
    }
}
