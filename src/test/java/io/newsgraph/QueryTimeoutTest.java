package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.pg.OtherConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL pass only: a read that runs past {@code newsgraph.limits.query-timeout} is stopped and answers TIMEOUT.
 * Another connection holds an exclusive lock on the actor table, so the read waits until the timeout cancels it (H2
 * reads never wait for locks, so there is no such slow read on the small test data there).
 */
@QuarkusTest
class QueryTimeoutTest {
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    OtherConnection others;

    @ConfigProperty(name = "newsgraph.limits.query-timeout")
    Duration timeout;

    @Test
    void aReadPastTheTimeoutIsStoppedWithTimeout() throws Exception {
        Assumptions.assumeTrue(dbKind.equals("postgresql"), "needs a read that waits: PostgreSQL table locks");
        try (Connection other = others.open();
                Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table actor in access exclusive mode");
            long start = System.nanoTime();
            JsonPath answer = Gql.post("{ actors(first: 5) { nodes { name } } }", null)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            other.rollback();

            assertThat(answer.getString("errors[0].extensions.code"), is("TIMEOUT"));
            assertThat(
                    answer.getString("errors[0].message"), containsString("took longer than " + timeout.toSeconds()));
            assertThat(answer.getString("errors[0].message"), containsString("Narrow the filters"));
            assertThat(answer.get("data.actors"), nullValue());
            assertThat(seconds, lessThan(timeout.toSeconds() + 5));
        }
        assertThat(
                Gql.data("{ actors(first: 1) { nodes { name } } }")
                        .getList("data.actors.nodes")
                        .size(),
                is(1));
    }
}
