package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.Gql;
import io.newsgraph.SqlCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A write whose text no database can store (a NUL, a lone UTF-16 surrogate) is refused as bad input with the value's
 * place, before any SQL runs, on H2 as on PostgreSQL; nothing is written, not even a '?' in the surrogate's place.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class UnstorableTextTest {
    private static final String CREATE_ACTOR = "mutation($a: ActorInput!) { createActor(actor: $a) { name } }";

    @Inject
    SqlCounter sqlCounter;

    private JsonPath refused(Supplier<Response> request) {
        return sqlCounter.refusedBeforeSql(request);
    }

    @Test
    void aNameWithALoneSurrogateOrANulIsRefusedNotStoredAsAQuestionMark() {
        String before = Bundles.graph();
        JsonPath surrogate = refused(() -> Gql.postAs(
                "editor",
                CREATE_ACTOR,
                Map.of("a", Map.of("slug", "bars-1234", "name", "bars 1234 \ud800", "kind", "PERSON"))));
        assertThat(
                surrogate.getString("errors[0].message"),
                is("Variable 'a' has an invalid value at a.name: a lone"
                        + " UTF-16 surrogate (\\ud800, a high one with no low one after it) at character 10, which "
                        + "stored text"
                        + " cannot hold: send the character whole (both halves of the pair) or remove it"));
        JsonPath nul = refused(() -> Gql.postAs(
                "editor",
                CREATE_ACTOR,
                Map.of("a", Map.of("slug", "bars-1234", "name", "bars\u00001234", "kind", "PERSON"))));
        assertThat(
                nul.getString("errors[0].message"),
                startsWith(
                        "Variable 'a' has an invalid value at a.name: a NUL" + " character (\\u0000) at character 4"));
        JsonPath literal = refused(() -> Gql.postAs(
                "editor",
                "mutation { createActor(actor: {slug: \"bars-1234\","
                        + " name: \"bars \\u0000\", kind: PERSON}) { name } }",
                null));
        assertThat(
                literal.getString("errors[0].message"),
                startsWith("Argument 'actor' of field 'createActor' has an"
                        + " invalid value at actor.name (line 1, column 57): a NUL character"));
        assertThat(
                Gql.errors("{ actor(slug: \"bars-1234\") { name } }").getString("errors[0].extensions.code"),
                is("NOT_FOUND"));
        assertThat(Bundles.graph(), is(before));
    }

    @Test
    void aSourceTextInsideABundleIsNamedByItsPlace() {
        String before = Bundles.graph();
        Map<String, Object> bundle = Map.of(
                "sources",
                List.of(
                        Map.of("slug", "clean", "title", "Clean", "text", "Nothing wrong here."),
                        Map.of("slug", "dirty", "title", "Dirty", "text", "A report\u0000 with a NUL.")));
        JsonPath variable = refused(() -> Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", bundle)));
        assertThat(
                variable.getString("errors[0].message"),
                startsWith("Variable 'bundle' has an invalid value at"
                        + " bundle.sources[1].text: a NUL character (\\u0000) at character 8"));
        JsonPath literal = refused(() -> Gql.postAs(
                "editor",
                "mutation { ingestBundle(bundle: {sources: [{slug:"
                        + " \"dirty\", title: \"Dirty\", text: \"\\ud83d\\ude00 fine, \\u0000 not\"}]}) { dryRun } }",
                null));
        assertThat(
                literal.getString("errors[0].message"),
                startsWith("Argument 'bundle' of field 'ingestBundle' has"
                        + " an invalid value at bundle.sources[0].text (line 1, column 82): a NUL character "
                        + "(\\u0000) at"
                        + " character 9"));
        assertThat(Bundles.graph(), is(before));
    }
}
