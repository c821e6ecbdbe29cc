package io.newsgraph;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Sends GraphQL over HTTP to the running app, as a client would. */
public final class Gql {
    private Gql() {}

    public static Response post(String query, Map<String, Object> variables) {
        return post(given(), query, variables);
    }

    /** Sends it signed in (HTTP basic); the test users' passwords are their names (docs/security.md). */
    public static Response postAs(String user, String query, Map<String, Object> variables) {
        return post(given().auth().preemptive().basic(user, user), query, variables);
    }

    private static Response post(RequestSpecification request, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return request.contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql");
    }

    /** Runs a query that must succeed without errors and returns its JSON. */
    public static JsonPath data(String query) {
        return data(query, null);
    }

    public static JsonPath data(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        response.then().statusCode(200);
        JsonPath json = response.jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("unexpected errors: " + response.asString());
        }
        return json;
    }

    /** Runs a query that must fail and returns its JSON. */
    public static JsonPath errors(String query) {
        Response response = post(query, null);
        JsonPath json = response.jsonPath();
        if (json.get("errors") == null) {
            throw new AssertionError("expected errors: " + response.asString());
        }
        return json;
    }

    public static String operation(String name) {
        try {
            return Files.readString(Path.of("graphql/operations", name + ".graphql"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
