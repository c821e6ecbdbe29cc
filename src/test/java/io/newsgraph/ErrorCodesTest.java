package io.newsgraph;

import static io.newsgraph.graph.error.ErrorCode.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.newsgraph.graph.error.ErrorCode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The table "Error codes" of docs/operations.md lists exactly the codes of {@link ErrorCode}, and each one comes back
 * over HTTP, with the status the table gives, from a request that should trigger it. The few that need a
 * configuration or a database of their own are triggered by the tests named here.
 */
@QuarkusTest
class ErrorCodesTest {
    private static final Path DOCS = Path.of("docs/operations.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| ([^|]*) \\|", Pattern.MULTILINE);
    private static final Map<ErrorCode, String> WALKED_ELSEWHERE = Map.of(
            RATE_LIMITED, "needs the rate limit on: LockedDownTest",
            INTROSPECTION_DISABLED, "needs NEWSGRAPH_INTROSPECTION=false: LockedDownTest",
            PERSISTED_QUERY_REQUIRED, "needs NEWSGRAPH_PERSISTED_ONLY=true: LockedDownTest",
            OVERLOADED, "needs a request line that is full: ConcurrencyGateTest",
            TIMEOUT, "needs a read that waits on a lock, PostgreSQL only: QueryTimeoutTest",
            DATABASE_UNAVAILABLE, "needs the database connections killed, PostgreSQL only: ConnectionLossTest");
    private static final String CREATE_ACTOR = "mutation($a: ActorInput!) { createActor(actor: $a) { slug } }";

    @Inject
    DataSource dataSource;

    /** Each documented code with its status cell. */
    private static Map<String, String> table() throws IOException {
        String docs = Files.readString(DOCS);
        int start = docs.indexOf("\n## Error codes\n");
        assertThat("docs/operations.md has a section 'Error codes'", start >= 0, is(true));
        int end = docs.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(docs.substring(start, end < 0 ? docs.length() : end));
        Map<String, String> codes = new LinkedHashMap<>();
        while (row.find()) {
            codes.put(row.group(1), row.group(2).trim());
        }
        return codes;
    }

    @Test
    void theDocsListExactlyTheCodesTheServiceAnswers() throws IOException {
        assertThat(
                new TreeSet<>(table().keySet()),
                is(new TreeSet<>(
                        Arrays.stream(ErrorCode.values()).map(Enum::name).toList())));
    }

    @Test
    void eachDocumentedCodeComesBackWithItsStatus() throws IOException {
        Map<ErrorCode, Supplier<Response>> triggers = triggers();
        for (Map.Entry<String, String> documented : table().entrySet()) {
            ErrorCode code = ErrorCode.valueOf(documented.getKey());
            if (WALKED_ELSEWHERE.containsKey(code)) {
                continue;
            }
            assertThat("a request that triggers " + code, triggers.containsKey(code), is(true));
            Response response = triggers.get(code).get();
            String body = response.asString();
            assertThat(code + ": " + body, response.jsonPath().getList("errors.extensions.code"), hasItem(code.name()));
            Matcher status = Pattern.compile("^(\\d{3})").matcher(documented.getValue());
            assertThat(
                    code + ": " + body,
                    response.statusCode(),
                    is(status.find() ? Integer.parseInt(status.group(1)) : 200));
        }
    }

    private Map<ErrorCode, Supplier<Response>> triggers() {
        Map<ErrorCode, Supplier<Response>> t = new EnumMap<>(ErrorCode.class);
        t.put(GRAPHQL_PARSE_FAILED, () -> Gql.post("{ actors(first: ) { totalCount } }", null));
        t.put(GRAPHQL_VALIDATION_FAILED, () -> Gql.post("{ actors { nodes { nickname } } }", null));
        t.put(BAD_USER_INPUT, () -> Gql.post("{ actors(first: 2147483648) { totalCount } }", null));
        t.put(MAX_TOKENS_EXCEEDED, () -> Gql.post("{ " + "__typename ".repeat(5001) + "}", null));
        t.put(
                MAX_DEPTH_EXCEEDED,
                () -> Gql.post(
                        "{ actor(slug: \"russia\") { " + "parent { ".repeat(15) + "name" + " }".repeat(15) + " } }",
                        null));
        t.put(
                MAX_ALIASES_EXCEEDED,
                () -> Gql.post(
                        IntStream.range(0, 31)
                                .mapToObj(i -> "a" + i + ": __typename")
                                .collect(Collectors.joining(" ", "{ ", " }")),
                        null));
        t.put(MAX_FIELDS_EXCEEDED, () -> Gql.post("{ " + "__typename ".repeat(1001) + "}", null));
        t.put(MAX_DIRECTIVES_EXCEEDED, () -> Gql.post("{ " + "__typename @include(if: true) ".repeat(51) + "}", null));
        t.put(
                MAX_COST_EXCEEDED,
                () -> Gql.post(
                        "{ actors(first: 100) { nodes { statements(first: 100) { nodes {"
                                + " speaker { statements(first: 100) { nodes { slug } } } } } } } }",
                        null));
        t.put(
                BAD_REQUEST,
                () -> given().contentType("application/json")
                        .body("{\"query\": 5}")
                        .post("/graphql"));
        t.put(
                METHOD_NOT_ALLOWED,
                () -> given().contentType("application/json").body("{}").put("/graphql"));
        t.put(
                UNSUPPORTED_MEDIA_TYPE,
                () -> given().contentType("text/plain").body("{ __typename }").post("/graphql"));
        t.put(
                PAYLOAD_TOO_LARGE,
                () -> given().contentType("application/json")
                        .body("{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "x".repeat(1_100_000)
                                + "\"}}")
                        .post("/graphql"));
        t.put(
                BATCHING_NOT_SUPPORTED,
                () -> given().contentType("application/json")
                        .body("[{\"query\": \"{ __typename }\"}]")
                        .post("/graphql"));
        t.put(SUBSCRIPTION_NEEDS_WEBSOCKET, () -> Gql.post("subscription { graphChanged { via } }", null));
        t.put(
                PERSISTED_QUERY_NOT_FOUND,
                () -> given().contentType("application/json")
                        .body(Map.of(
                                "extensions",
                                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64)))))
                        .post("/graphql"));
        t.put(UNAUTHENTICATED, () -> Gql.post(CREATE_ACTOR, Map.of("a", actor("error-codes-test"))));
        t.put(FORBIDDEN, () -> Gql.postAs("reader", CREATE_ACTOR, Map.of("a", actor("error-codes-test"))));
        t.put(NOT_FOUND, () -> Gql.post("{ actor(slug: \"no-such-actor\") { name } }", null));
        t.put(VALIDATION, () -> Gql.postAs("editor", CREATE_ACTOR, Map.of("a", actor("Not A Slug"))));
        t.put(CONFLICT, () -> Gql.postAs("editor", CREATE_ACTOR, Map.of("a", actor("russia"))));
        t.put(INTERNAL_SERVER_ERROR, this::aReadWhoseTableIsGone);
        return t;
    }

    private static Map<String, Object> actor(String slug) {
        return Map.of("slug", slug, "name", "Error Codes Test", "kind", "PERSON");
    }

    private Response aReadWhoseTableIsGone() {
        try (Connection c = dataSource.getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("alter table location rename to location_gone");
            try {
                return Gql.post("{ locations(first: 1) { nodes { slug } } }", null);
            } finally {
                sql.execute("alter table location_gone rename to location");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
