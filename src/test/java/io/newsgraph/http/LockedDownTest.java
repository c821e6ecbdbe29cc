package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production switches turned on: registered operations only, introspection off, a small rate limit and a small
 * cap on metric labels. Each test comes from its own client addresses (X-Forwarded-For, trusted here) so the rate
 * limit of one does not spill into another.
 */
@QuarkusTest
@TestProfile(LockedDownTest.LockedDown.class)
class LockedDownTest {

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "newsgraph.graphql.introspection",
                    "false",
                    "newsgraph.graphql.persisted-only",
                    "true",
                    "newsgraph.rate-limit.enabled",
                    "true",
                    "newsgraph.rate-limit.burst",
                    "3",
                    "newsgraph.rate-limit.per-second",
                    "0.01",
                    "newsgraph.metrics.max-operation-names",
                    "2",
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true");
        }
    }

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client).contentType("application/json");
    }

    private static Map<String, Object> registered(String name) {
        return PersistedOperationsTest.byHash(PersistedOperations.sha256(Gql.operation(name)));
    }

    @Test
    void introspectionIsRefusedButTypenameWorks() {
        from("10.0.0.1")
                .body(Map.of("query", "{ __schema { queryType { name } } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", is("INTROSPECTION_DISABLED"))
                .body(not(containsString("queryType\":{")));
        from("10.0.0.1")
                .body(Map.of("query", "fragment T on Query { __type(name: \"Actor\") { name } } { ...T }"))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", is("INTROSPECTION_DISABLED"));
        from("10.0.0.1")
                .body(registered("WhoCondemnedWhichCooperation"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.statements.nodes[0].subject.__typename", is("Cooperation"));
    }

    @Test
    void registeredOperationsRunByHashOrText() {
        from("10.0.2.1")
                .body(registered("ChoeVisit"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.event.visitor.name", is("Choe Son-hui"));
        from("10.0.2.1")
                .body(Map.of("query", Gql.operation("ChoeVisit")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.event.visitor.name", is("Choe Son-hui"));
    }

    @Test
    void otherOperationsAreRefusedAndNotRegistered() {
        String query = "{ actors { totalCount } }";
        from("10.0.3.1")
                .accept(GraphQlOverHttpTest.GRAPHQL_RESPONSE)
                .body(Map.of("query", query))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_REQUIRED"))
                .body("data", nullValue());
        String hash = PersistedOperations.sha256(query);
        from("10.0.3.1")
                .body(Map.of(
                        "query",
                        query,
                        "extensions",
                        PersistedOperationsTest.byHash(hash).get("extensions")))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_REQUIRED"));
        from("10.0.3.1")
                .body(PersistedOperationsTest.byHash(hash))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aClientOverItsRateGets429WhileOthersAreServed() {
        for (int i = 0; i < 3; i++) {
            from("10.0.0.2")
                    .body(registered("Deployments"))
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .body("data.events.nodes[0].estimates[0].troops", is(10000));
        }
        from("10.0.0.2")
                .body(registered("Deployments"))
                .post("/graphql")
                .then()
                .statusCode(429)
                .header("Retry-After", not(is("0")))
                .body("errors[0].extensions.code", is("RATE_LIMITED"));
        from("10.0.0.3").body(registered("Deployments")).post("/graphql").then().statusCode(200);
    }

    @Test
    void operationNamesBeyondTheCapCountAsOther() {
        String[] names = {"ChoeVisit", "Deployments", "SpokespersonToPentagon", "WhatWasAskedOfChina"};
        for (int i = 0; i < names.length; i++) {
            from("10.0.1." + i)
                    .body(registered(names[i]))
                    .post("/graphql")
                    .then()
                    .statusCode(200);
        }
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> labels = new TreeSet<>();
        Matcher m = Pattern.compile("graphql_requests_seconds_count\\{operation=\"([^\"]+)\"")
                .matcher(metrics);
        while (m.find()) {
            labels.add(m.group(1));
        }
        labels.removeAll(Set.of("anonymous", "none"));
        assertThat(labels, hasItem("other"));
        labels.remove("other");
        assertThat(labels.toString(), labels.size(), lessThanOrEqualTo(2));
    }
}
