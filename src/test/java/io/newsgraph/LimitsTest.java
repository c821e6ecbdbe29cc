package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expensive documents are refused before they run, each with the limit named in extensions.code. */
@QuarkusTest
class LimitsTest {

    private static String code(String query) {
        JsonPath json = Gql.errors(query);
        assertThat(json.get("data"), is((Object) null));
        return json.getString("errors[0].extensions.code");
    }

    @Test
    void tooDeep() {
        String deep = "{ actor(slug: \"pentagon\") { " + "parent { ".repeat(15) + "name" + " }".repeat(15) + " } }";
        assertThat(code(deep), is("MAX_DEPTH_EXCEEDED"));
        String fine = "{ actor(slug: \"pentagon\") { " + "parent { ".repeat(5) + "name" + " }".repeat(5) + " } }";
        Gql.data(fine);
    }

    @Test
    void tooManyAliases() {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            q.append(" a").append(i).append(": actors(first: 1) { totalCount }");
        }
        assertThat(code(q + " }"), is("MAX_ALIASES_EXCEEDED"));
    }

    @Test
    void tooManyDuplicatedFields() {
        assertThat(code("{ " + "__typename ".repeat(1001) + "}"), is("MAX_FIELDS_EXCEEDED"));
    }

    @Test
    void tooManyDirectives() {
        assertThat(code("{ " + "__typename @include(if: true) ".repeat(51) + "}"), is("MAX_DIRECTIVES_EXCEEDED"));
    }

    @Test
    void aDirectiveRepeatedAtOnePlaceIsOneErrorBeforeAnythingRuns() {
        // graphql-cop's "directive overloading" probe: one error, not one per directive
        JsonPath json = Gql.errors("query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }");
        assertThat(json.getList("errors").size(), is(1));
        assertThat(json.getString("errors[0].extensions.code"), is("GRAPHQL_VALIDATION_FAILED"));
        assertThat(json.getString("errors[0].message"), containsString("@aa on field '__typename'"));
        assertThat(
                code("{ actors { nodes { ...F @include(if: true) @include(if: false) } } } fragment F on Actor { "
                        + "slug }"),
                is("GRAPHQL_VALIDATION_FAILED"));
        Gql.data("{ actors(first: 1) { nodes { slug @include(if: true) @skip(if: false) } } }");
    }

    @Test
    void tooManyTokens() {
        assertThat(
                code("{ actors(filter: {slugIn: [" + "\"x\", ".repeat(5000) + "]}) { totalCount } }"),
                is("MAX_TOKENS_EXCEEDED"));
    }

    @Test
    void tooCostlyCountsPageSizesDownTheNesting() {
        String costly = "{ actors(first: 100) { nodes { statements(first: 100) { nodes { speaker {"
                + " statements(first: 100) { nodes { slug } } } } } } } }";
        JsonPath json = Gql.errors(costly);
        assertThat(json.getString("errors[0].extensions.code"), is("MAX_COST_EXCEEDED"));
        assertThat(json.getString("errors[0].message"), containsString("3030200"));
        String viaVariables = "query($n: Int) { actors(first: $n) { nodes { statements(first: $n) { nodes {"
                + " speaker { statements(first: $n) { nodes { slug } } } } } } } }";
        assertThat(
                Gql.post(viaVariables, Map.of("n", 100)).jsonPath().getString("errors[0].extensions.code"),
                is("MAX_COST_EXCEEDED"));
        Gql.data(viaVariables, Map.of("n", 5));
    }

    @Test
    void theStandardIntrospectionQueryIsAllowed() {
        JsonPath json = Gql.data(INTROSPECTION);
        assertThat(json.getString("data.__schema.queryType.name"), is("Query"));
    }

    static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef }
              isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            }""";
}
