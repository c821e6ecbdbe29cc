package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Bad input answers a GraphQL error a client can act on: a code, a message, and no internals. */
@QuarkusTest
class ErrorsTest {
    @Inject
    DataSource dataSource;

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
        JsonPath unknownField = errors("query($f: StatementFilter) { statements(filter: $f) { totalCount } }",
                Map.of("f", Map.of("mood", "angry")));
        assertThat(unknownField.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(unknownField.getString("errors[0].message"),
                containsString("at f.mood: not a field of StatementFilter"));

        // SmallRye's Int takes the string through coercion and fails the field: one error, not a second one
        // claiming that the code returned null on a non-null field
        JsonPath text = errors(page, Map.of("n", "ten"));
        assertThat(text.getList("errors"), hasSize(1));
        assertThat(text.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(text.getString("errors[0].message"), containsString("at n: expected an integer, got 'ten'"));
    }

    @Test
    void literalsAreQuotedAsTheClientWroteThemAndADateTimeSaysItsForm() {
        JsonPath json = Gql.errors("{ statements(asOf: \"yesterday\") { totalCount } }");
        assertThat(json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(json.getString("errors[0].message"), is("argument 'asOf' with value \"yesterday\" is not a valid"
                + " 'DateTime': write e.g. 2024-11-05T09:30:00Z"));
        JsonPath stance = Gql.errors("{ statements(filter: {stance: APPLAUD}) { totalCount } }");
        assertThat(stance.getString("errors[0].message"), containsString("with value APPLAUD is not a valid 'Stance'"));
    }

    @Test
    void aFailureInsideTheServerIsAnInternalErrorWithTheRequestIdNeverSystemError() throws Exception {
        Response response;
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
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
        assertThat(json.getString("errors[0].message"), containsString(
                "It is logged under request id " + response.header("X-Request-Id") + ";"));
        assertThat(json.getList("errors[0].path"), is(List.of("locations")));
        assertThat(body, not(containsString("System error")));
        assertThat(body, not(containsString("illegal")));
        assertThat(body, not(containsString("location_gone")));
        Gql.data("{ locations(first: 1) { nodes { slug } } }");
    }

    private static JsonPath errors(String query, Map<String, Object> variables) {
        return new JsonPath(Gql.post(query, variables).then().statusCode(200).extract().asString());
    }

    @Test
    void errorsNeverLeakInternals() {
        String body = Gql.post("{ node(id: \"%%%\") { id } }", null).asString();
        assertThat(body, not(containsString("io.newsgraph")));
        assertThat(body, not(containsString("java.")));
        assertThat(body, not(containsString("System error")));
    }
}
