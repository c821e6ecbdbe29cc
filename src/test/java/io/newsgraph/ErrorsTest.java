package io.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Bad input answers a GraphQL error a client can act on: a code, a message, and no internals. */
@QuarkusTest
class ErrorsTest {
    @Inject
    DataSource dataSource;

    @Inject
    SqlCounter sqlCounter;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void unknownSlugsAreNotFound() {
        for (String root : new String[] {"actor", "event", "source", "location", "statement"}) {
            JsonPath json = Gql.errors("{ " + root + "(slug: \"no-such-thing\") { id } }");
            assertThat(root, json.getString("errors[0].extensions.code"), is("NOT_FOUND"));
            assertThat(root, json.getString("errors[0].message"), containsString("'no-such-thing'"));
            assertThat(root, json.getList("errors[0].path"), is(java.util.List.of(root)));
        }
    }

    @Test
    void malformedQueryIsASyntaxError() {
        String body = Gql.post("{ actors(first: ) { nodes { slug } }", null).asString();
        JsonPath json = new JsonPath(body);
        assertThat(json.getString("errors[0].message"), containsString("Syntax error"));
        assertThat(json.getString("errors[0].extensions.code"), is("GRAPHQL_PARSE_FAILED"));
        assertThat(json.getInt("errors[0].locations[0].line"), is(1));
        assertThat(json.getInt("errors[0].locations[0].column"), is(17));
        assertThat(json.get("data"), nullValue());
        assertThat(body, not(containsString("Exception")));
    }

    @Test
    void unknownFieldsAndBadEnumsAreValidationErrors() {
        JsonPath field = Gql.errors("{ actors { nodes { nickname } } }");
        assertThat(field.getString("errors[0].extensions.code"), is("GRAPHQL_VALIDATION_FAILED"));
        assertThat(field.getString("errors[0].extensions.classification"), is("ValidationError"));
        assertThat(field.getString("errors[0].extensions.validationErrorType"), is("FieldUndefined"));
        assertThat(field.getString("errors[0].message"), containsString("nickname"));
        JsonPath enumValue = Gql.errors("{ statements(filter: {stance: APPLAUD}) { totalCount } }");
        assertThat(enumValue.getString("errors[0].extensions.code"), is("GRAPHQL_VALIDATION_FAILED"));
        assertThat(enumValue.getString("errors[0].message"), containsString("Stance is one of: ACCUSE, ANNOUNCE,"));
    }

    @Test
    void variablesThatDoNotFitTheirTypesAreBadUserInput() {
        String byStance = "query($s: Stance) { statements(filter: {stance: $s}) { totalCount } }";
        JsonPath enumValue = errors(byStance, Map.of("s", "APPLAUD"));
        assertThat(enumValue.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(enumValue.getString("errors[0].message"), containsString("'APPLAUD'"));
        assertThat(enumValue.getString("errors[0].message"), containsString("Stance is one of: ACCUSE, ANNOUNCE,"));

        String page = "query($n: Int!) { actors(first: $n) { totalCount } }";
        assertThat(errors(page, Map.of()).getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        JsonPath unknownField = errors(
                "query($f: StatementFilter) { statements(filter: $f) { totalCount } }",
                Map.of("f", Map.of("mood", "angry")));
        assertThat(unknownField.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                unknownField.getString("errors[0].message"),
                containsString("at f.mood: not a field of StatementFilter"));

        // SmallRye's Int takes the string through coercion and fails the field: one error, not a second one
        // claiming that the code returned null on a non-null field
        JsonPath text = errors(page, Map.of("n", "ten"));
        assertThat(text.getList("errors"), hasSize(1));
        assertThat(text.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                text.getString("errors[0].message"),
                containsString("at n: expected an Int, a whole number from" + " -2147483648 to 2147483647, got 'ten'"));
    }

    @Test
    void anIntBeyond32BitsIsBadUserInputNamingTheArgumentAndTheRange() {
        String range = "an Int is a whole number from -2147483648 to 2147483647";
        for (String n : new String[] {"2147483648", "-2147483649", "4294967297"}) {
            JsonPath literal = errors("{ actors(first: " + n + ") { totalCount } }", null);
            assertThat(n, literal.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
            assertThat(
                    literal.getString("errors[0].message"),
                    is("argument 'first' with value " + n + " is not a valid 'Int': " + range));
            assertThat(literal.get("data"), nullValue());
            JsonPath variable =
                    errors("query($n: Int) { actors(first: $n) { totalCount } }", Map.of("n", Long.parseLong(n)));
            assertThat(n, variable.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
            assertThat(
                    variable.getString("errors[0].message"),
                    is("Variable 'n' has an invalid value at n: expected"
                            + " an Int, a whole number from -2147483648 to 2147483647, got " + n));
        }
        given().contentType("application/json")
                .accept("application/graphql-response+json")
                .body(Map.of("query", "{ actors(first: 2147483648) { totalCount } }"))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", is("argument 'first' with value 2147483648 is not a valid 'Int': " + range));
        JsonPath nested = errors("{ events(filter: {troops: {gte: 99999999999}}) { totalCount } }", null);
        assertThat(nested.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                nested.getString("errors[0].message"),
                is("argument 'filter.troops.gte' with value 99999999999" + " is not a valid 'Int': " + range));
        JsonPath fraction = errors("query($n: Int) { actors(first: $n) { totalCount } }", Map.of("n", 1.5));
        assertThat(fraction.getString("errors[0].message"), containsString("at n: expected an Int"));
        JsonPath lowest = errors("{ actors(first: -2147483648) { totalCount } }", null);
        assertThat(lowest.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(lowest.getString("errors[0].message"), containsString("got -2147483648"));
    }

    @Test
    void aDateOrDateTimeLiteralThatDoesNotParseNamesItsPlaceAndForm() {
        JsonPath date = errors("{ statements(filter: {madeOn: {gte: \"2024-13-01\"}}) { totalCount } }", null);
        assertThat(date.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                date.getString("errors[0].message"),
                is("argument 'filter.madeOn.gte' with value \"2024-13-01\" is"
                        + " not a valid 'Date': a date is YYYY-MM-DD"));
        JsonPath number = errors("{ statements(filter: {madeOn: {gte: 2024}}) { totalCount } }", null);
        assertThat(
                number.getString("errors[0].message"),
                is("argument 'filter.madeOn.gte' with value 2024 is not a" + " valid 'Date': a date is YYYY-MM-DD"));
        JsonPath dateTime = errors("{ statements(asOf: 5) { totalCount } }", null);
        assertThat(dateTime.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                dateTime.getString("errors[0].message"),
                is("argument 'asOf' with value 5 is not a valid" + " 'DateTime': write e.g. 2024-11-05T09:30:00Z"));
    }

    @Test
    void literalsAreQuotedAsTheClientWroteThemAndADateTimeSaysItsForm() {
        JsonPath json = Gql.errors("{ statements(asOf: \"yesterday\") { totalCount } }");
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(
                json.getString("errors[0].message"),
                is("argument 'asOf' with value \"yesterday\" is not a valid"
                        + " 'DateTime': write e.g. 2024-11-05T09:30:00Z"));
        JsonPath stance = Gql.errors("{ statements(filter: {stance: APPLAUD}) { totalCount } }");
        assertThat(stance.getString("errors[0].message"), containsString("with value APPLAUD is not a valid 'Stance'"));
    }

    @Test
    void aFailureInsideTheServerIsAnInternalErrorWithTheRequestIdNeverSystemError() throws Exception {
        Response response;
        try (Connection c = dataSource.getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("alter table location rename to location_gone");
            try {
                response = Gql.post("{ locations(first: 1) { nodes { slug } } }", null);
            } finally {
                sql.execute("alter table location_gone rename to location");
            }
        }
        String body = response.then().statusCode(200).extract().asString();
        JsonPath json = new JsonPath(body);
        assertThat(json.getString("errors[0].extensions.code"), is("INTERNAL_SERVER_ERROR"));
        assertThat(
                json.getString("errors[0].message"),
                containsString("It is logged under request id " + response.header("X-Request-Id") + ";"));
        assertThat(json.getList("errors[0].path"), is(List.of("locations")));
        assertThat(body, not(containsString("System error")));
        assertThat(body, not(containsString("illegal")));
        assertThat(body, not(containsString("location_gone")));
        Gql.data("{ locations(first: 1) { nodes { slug } } }");
    }

    @Test
    void textNoDatabaseCanStoreIsBadUserInputWithItsPlaceBeforeAnySqlRuns() {
        String bySlug = "query($s: String!) { actor(slug: $s) { id } }";
        JsonPath variable = refused(() -> Gql.post(bySlug, Map.of("s", "kim\u0000")));
        assertThat(
                variable.getString("errors[0].message"),
                is("Variable 's' has an invalid value at s: a NUL"
                        + " character (\\u0000) at character 3, which stored text cannot hold: remove it"));
        JsonPath nested = refused(() -> Gql.post(
                "query($f: StatementFilter) { statements(filter: $f)" + " { totalCount } }",
                Map.of("f", Map.of("speakerIn", List.of("kim", "x\udc00y")))));
        assertThat(
                nested.getString("errors[0].message"),
                is("Variable 'f' has an invalid value at f.speakerIn[1]:"
                        + " a lone UTF-16 surrogate (\\udc00, a low one with no high one before it) at character 1, "
                        + "which"
                        + " stored text cannot hold: send the character whole (both halves of the pair) or remove it"));

        // a \\u0000 escape in the document and a NUL written raw into it (a JSON escape in the body) alike
        for (String literal : new String[] {"\\u0000", "\u0000"}) {
            JsonPath json = refused(() -> Gql.post("{\n  actor(slug: \"kim" + literal + "\") { id } }", null));
            assertThat(
                    json.getString("errors[0].message"),
                    startsWith("Argument 'slug' of field 'actor' has an"
                            + " invalid value at slug (line 2, column 15): a NUL character"));
            assertThat(json.getInt("errors[0].locations[0].line"), is(2));
            assertThat(json.getInt("errors[0].locations[0].column"), is(15));
        }
        JsonPath inFilter = refused(() -> Gql.post(
                "{ statements(filter: {or: [{speaker: \"kim\"}, {speaker: \"x\\u0000\"}]}) { totalCount } }", null));
        assertThat(
                inFilter.getString("errors[0].message"),
                startsWith("Argument 'filter' of field 'statements' has"
                        + " an invalid value at filter.or[1].speaker (line 1, column 56): a NUL character"));
        JsonPath byGet = refused(() -> given().queryParam("query", "{ actor(slug: \"kim\\u0000\") { id } }")
                .get("/graphql"));
        assertThat(byGet.getString("errors[0].message"), containsString("at slug (line 1, column "));
        JsonPath getVariable = refused(() -> given().queryParam("query", bySlug)
                .queryParam("variables", "{\"s\": \"kim\\u0000\"}")
                .get("/graphql"));
        assertThat(getVariable.getString("errors[0].message"), containsString("Variable 's' has an invalid value"));
        given().contentType("application/json")
                .accept("application/graphql-response+json")
                .body(Map.of("query", bySlug, "variables", Map.of("s", "kim\u0000")))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", startsWith("Variable 's' has an invalid value at s: a NUL"));
    }

    @Test
    void aLoneSurrogateEscapedOrRawInTheDocumentIsBadUserInputToo() {
        for (String literal : new String[] {"\\ud800", "\ud800"}) {
            JsonPath json = refused(() -> Gql.post("{ actor(slug: \"kim" + literal + "\") { id } }", null));
            assertThat(json.getString("errors[0].message"), containsString("a lone UTF-16 surrogate"));
            assertThat(json.getString("errors[0].message"), containsString("line 1, column 1"));
        }
    }

    @Test
    void aSubscriptionOverWebSocketIsCheckedTheSameWay() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.subscribe(
                endpoint, "subscription { statementAdded(filter: {speaker: \"kim\\u0000\"}) { slug } }")) {
            io.vertx.core.json.JsonObject message = socket.poll(10_000);
            assertThat(String.valueOf(message), message.getString("type"), is("error"));
            assertThat(
                    message.encode(),
                    message.getJsonArray("payload")
                            .getJsonObject(0)
                            .getJsonObject("extensions")
                            .getString("code"),
                    is("BAD_USER_INPUT"));
            assertThat(
                    message.encode(),
                    containsString(
                            "Argument 'filter' of field 'statementAdded' has an invalid" + " value at filter.speaker"));
        }
    }

    private JsonPath refused(Supplier<Response> request) {
        return sqlCounter.refusedBeforeSql(request);
    }

    private static JsonPath errors(String query, Map<String, Object> variables) {
        return new JsonPath(
                Gql.post(query, variables).then().statusCode(200).extract().asString());
    }

    @Test
    void errorsNeverLeakInternals() {
        String body = Gql.post("{ node(id: \"%%%\") { id } }", null).asString();
        assertThat(body, not(containsString("io.newsgraph")));
        assertThat(body, not(containsString("java.")));
        assertThat(body, not(containsString("System error")));
    }
}
