package io.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Health, Prometheus metrics per GraphQL operation, and the request id in responses and log lines. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void requestsAreTimedPerOperationName() {
        given().contentType("application/json")
                .body(Map.of("query", "query MetricsProbe { actors { totalCount } }"))
                .post("/graphql")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body(Map.of("query", "{ events { totalCount } }"))
                .post("/graphql")
                .then()
                .statusCode(200);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(
                metrics, containsString("graphql_requests_seconds_count{operation=\"MetricsProbe\",status=\"2xx\"}"));
        assertThat(metrics, containsString("graphql_requests_seconds_count{operation=\"anonymous\",status=\"2xx\"}"));
        assertThat(
                metrics,
                containsString("graphql_requests_seconds_bucket{operation=\"MetricsProbe\",status=\"2xx\",le="));
    }

    @Test
    void everyRequestHasAnIdInTheResponseAndTheLog() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = (ExtLogRecord) record;
                ext.copyMdc(); // the MDC of the thread that logs, not of the one that reads the record later
                records.add(ext);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(GraphQlMetrics.class.getName());
        logger.addHandler(capture);
        try {
            given().header("X-Request-Id", "trace-42")
                    .contentType("application/json")
                    .body(Map.of("query", "query RequestIdProbe { actors { totalCount } }"))
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", "trace-42");
            String generated = given().header("X-Request-Id", "bad id with spaces")
                    .contentType("application/json")
                    .body(Map.of("query", "{ actors { totalCount } }"))
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("X-Request-Id");
            assertThat(generated, matchesPattern("[0-9a-f-]{36}"));
            long deadline = System.currentTimeMillis() + 5000;
            while (records.stream().noneMatch(r -> r.getFormattedMessage().contains("RequestIdProbe"))
                    && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            ExtLogRecord line = records.stream()
                    .filter(r -> r.getFormattedMessage().contains("RequestIdProbe"))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.getMdc("requestId"), is("trace-42"));
        } finally {
            logger.removeHandler(capture);
        }
    }
}
