package io.newsgraph.pg;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.AtOnce;
import io.newsgraph.Gql;
import io.newsgraph.write.WriteProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL pass only: the app's pooled connections die under it, as in a database restart (another connection
 * terminates their backends). A read is retried on a fresh connection and answers its data; a write answers
 * DATABASE_UNAVAILABLE saying what became of it, stores nothing partial, and a retry of it succeeds.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class ConnectionLossTest {
    private static final String READ =
            "{ actors(first: 5) { nodes { slug name statements(first: 2) {" + " nodes { slug quote } } } } }";
    private static final String CREATE_ACTOR = "mutation($a: ActorInput!) { createActor(actor: $a) { slug name } }";
    /** An advisory lock key of this test's own: held, it stops a write's COMMIT in {@link #commitGate}. */
    private static final long GATE = 0x6e67_6761_7465L;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "newsgraph.test.schema")
    java.util.Optional<String> schema;

    @Inject
    OtherConnection others;

    @Inject
    AgroalDataSource pool;

    @BeforeEach
    void onPostgreSQL() {
        Assumptions.assumeTrue(
                dbKind.equals("postgresql"),
                "kills the app's PostgreSQL connections: embedded H2 has no connection to lose");
    }

    /**
     * Leaves no dead connection in the pool for the next tests: closes every pooled one. The flush runs in the
     * background; once the live connection that a read leaves in the pool is gone, it has gone through all of them.
     */
    @AfterEach
    void emptyPool() throws Exception {
        if (dbKind.equals("postgresql")) {
            Gql.data(READ);
            assertThat(backends(), greaterThan(0));
            pool.flush(AgroalDataSource.FlushMode.ALL);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (backends() > 0) {
                assertThat("the pool closed its connections", System.nanoTime() < deadline, is(true));
                Thread.sleep(20);
            }
        }
    }

    @Test
    void readsAreRetriedOnAFreshConnectionAndAnswerTheirData() throws Exception {
        List<Object> before = Gql.data(READ).getList("data.actors.nodes");
        AtOnce.send(4, i -> Gql.data(READ)); // a few pooled connections, all idle afterwards
        assertThat(killPool(), greaterThan(0));

        assertThat(Gql.data(READ).getList("data.actors.nodes"), is(before));
        assertThat(killPool(), greaterThan(0));
        for (JsonPath answer : AtOnce.send(4, i -> Gql.data(READ))) {
            assertThat(answer.getList("data.actors.nodes"), is(before));
        }
    }

    @Test
    void aReadThatLosesItsFreshConnectionTooAnswersDatabaseUnavailable() throws Exception {
        CompletableFuture<JsonPath> read;
        try (Connection other = others.open();
                Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table actor in access exclusive mode"); // reads of actors wait: time to kill them
            read = CompletableFuture.supplyAsync(
                    () -> Gql.post(READ, null).then().statusCode(200).extract().jsonPath());
            killEachAttempt(read);
            other.rollback();
        }
        JsonPath answer = read.get(30, TimeUnit.SECONDS);
        assertThat(answer.getString("errors[0].extensions.code"), is("DATABASE_UNAVAILABLE"));
        assertThat(answer.getString("errors[0].message"), containsString("Retry in a few seconds"));
        assertThat(answer.get("data.actors"), nullValue());
    }

    @Test
    void aWriteOnADeadConnectionStoresNothingAndItsRetrySucceeds() throws Exception {
        Gql.data(READ);
        long changes = changes();
        assertThat(killPool(), greaterThan(0));

        JsonPath answer = createActor("lost-connection-idle");
        assertThat(answer.getString("errors[0].extensions.code"), is("DATABASE_UNAVAILABLE"));
        assertThat(answer.getString("errors[0].message"), containsString("nothing of it was stored"));
        assertThat(stored("lost-connection-idle"), is(0L));
        assertThat(changes(), is(changes));

        assertThat(retried("lost-connection-idle").getString("data.createActor.slug"), is("lost-connection-idle"));
        assertThat(stored("lost-connection-idle"), is(1L));
    }

    @Test
    void aWriteWhoseConnectionDiesMidTransactionStoresNothing() throws Exception {
        long changes = changes();
        CompletableFuture<JsonPath> write;
        try (Connection other = others.open();
                Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            // every write raises the graph version after writing its rows: this write waits there
            lock.execute("select version from graph_version where id = 1 for update");
            write = CompletableFuture.supplyAsync(() -> createActor("lost-connection-mid"));
            awaitAppWaiting("transactionid", write);
            assertThat(
                    "the waiting write has written rows (it has a transaction id)",
                    count(
                            "select count(*) from"
                                    + " pg_stat_activity where application_name = ? and backend_xid is not null",
                            appName()),
                    is(1));
            assertThat(killPool(), greaterThan(0));
            other.rollback();
        }
        JsonPath answer = write.get(30, TimeUnit.SECONDS);
        assertThat(answer.getString("errors[0].extensions.code"), is("DATABASE_UNAVAILABLE"));
        assertThat(answer.getString("errors[0].message"), containsString("nothing of it was stored"));
        assertThat(answer.get("data"), nullValue());
        assertThat(stored("lost-connection-mid"), is(0L));
        assertThat(changes(), is(changes));
    }

    @Test
    void aWriteWhoseConnectionDiesWhileCommittingSaysItsOutcomeIsUnknown() throws Exception {
        JsonPath answer = createBehindCommitGate(
                "lost-connection-commit", (open, write) -> assertThat(killPool(), greaterThan(0)));
        assertThat(answer.getString("errors[0].extensions.code"), is("DATABASE_UNAVAILABLE"));
        assertThat(answer.getString("errors[0].message"), containsString("whether it was stored is unknown"));
        // PostgreSQL never finished the commit; all or nothing holds either way
        assertThat(stored("lost-connection-commit"), is(0L));
    }

    @Test
    void aWriteWhoseResultCannotBeReadBackSaysItWasStored() throws Exception {
        JsonPath answer = createBehindCommitGate("lost-connection-read-back", (open, write) -> {
            try (Connection table = others.open();
                    Statement lock = table.createStatement()) {
                // queued behind the write's commit: granted when it ends, before the write reads its actor back
                table.setAutoCommit(false);
                int lockPid = pid(table);
                CompletableFuture<Void> locked = CompletableFuture.runAsync(() -> {
                    try {
                        lock.execute("lock table actor in access exclusive mode");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                while (count("select count(*) from pg_stat_activity where pid = ? and wait_event = 'relation'", lockPid)
                        == 0) {
                    Thread.sleep(20);
                }
                open.run();
                locked.get(10, TimeUnit.SECONDS);
                killEachAttempt(write);
                table.rollback();
            }
        });
        assertThat(answer.getString("errors[0].extensions.code"), is("DATABASE_UNAVAILABLE"));
        assertThat(answer.getString("errors[0].message"), containsString("The write was stored"));
        assertThat(stored("lost-connection-read-back"), is(1L));
    }

    /** What a test does while a create waits in its COMMIT; {@code open} lets the commit go on. */
    private interface AtTheGate {
        void run(Gate open, CompletableFuture<JsonPath> write) throws Exception;
    }

    private interface Gate {
        void run() throws SQLException;
    }

    /** Creates an actor whose COMMIT waits at the {@link #commitGate} until {@code atTheGate} is done or opens it. */
    private JsonPath createBehindCommitGate(String slug, AtTheGate atTheGate) throws Exception {
        CompletableFuture<JsonPath> write;
        try (Connection gate = others.open();
                Statement sql = gate.createStatement()) {
            sql.execute("select pg_advisory_lock(" + GATE + ")");
            commitGate(sql, true);
            try {
                write = CompletableFuture.supplyAsync(() -> createActor(slug));
                awaitAppWaiting("advisory", write);
                atTheGate.run(() -> sql.execute("select pg_advisory_unlock(" + GATE + ")"), write);
            } finally {
                sql.execute("select pg_advisory_unlock_all()");
                commitGate(sql, false);
            }
        }
        return write.get(30, TimeUnit.SECONDS);
    }

    /** Kills the app's connections while a read waits for the table lock, then again while its retry waits. */
    private void killEachAttempt(CompletableFuture<JsonPath> request) throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            awaitAppWaiting("relation", request);
            assertThat(killPool(), greaterThan(0));
        }
    }

    /**
     * A deferred constraint trigger on actor that waits for the {@link #GATE} lock: it runs inside COMMIT, so a
     * create waits there while the test holds the lock.
     */
    private static void commitGate(Statement sql, boolean on) throws SQLException {
        if (on) {
            sql.execute("create function commit_gate() returns trigger language plpgsql as"
                    + " $$ begin perform pg_advisory_xact_lock(" + GATE + "); return null; end $$");
            sql.execute("create constraint trigger commit_gate after insert on actor deferrable initially deferred"
                    + " for each row execute function commit_gate()");
        } else {
            sql.execute("drop trigger commit_gate on actor");
            sql.execute("drop function commit_gate()");
        }
    }

    private static JsonPath createActor(String slug) {
        return Gql.postAs(
                        "editor",
                        CREATE_ACTOR,
                        Map.of("a", Map.of("slug", slug, "name", "Lost Connection " + slug, "kind", "PERSON")))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Sends the create again while it answers DATABASE_UNAVAILABLE, as a client would, a few times at most. */
    private static JsonPath retried(String slug) throws InterruptedException {
        JsonPath answer = createActor(slug);
        for (int i = 0; i < 5 && "DATABASE_UNAVAILABLE".equals(answer.getString("errors[0].extensions.code")); i++) {
            Thread.sleep(200);
            answer = createActor(slug);
        }
        return answer;
    }

    /** Terminates every backend of the app's pool (not the live-updates listener, not this test's connection). */
    private int killPool() throws SQLException {
        return count(
                "select count(*) filter (where pg_terminate_backend(pid, 5000)) from pg_stat_activity"
                        + " where application_name = ? and pid <> pg_backend_pid()",
                appName());
    }

    private int backends() throws SQLException {
        return count("select count(*) from pg_stat_activity where application_name = ?", appName());
    }

    /** Waits until one of the app's connections waits for a lock of the given kind (pg_stat_activity.wait_event). */
    private void awaitAppWaiting(String waitEvent, CompletableFuture<JsonPath> write) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count(
                        "select count(*) from pg_stat_activity where application_name = ? and wait_event_type = 'Lock'"
                                + " and wait_event = '" + waitEvent + "'",
                        appName())
                == 0) {
            assertThat(
                    "the write ended before it waited: "
                            + (write.isDone() ? write.get().prettify() : ""),
                    write.isDone(),
                    is(false));
            assertThat("the write waits for the lock", System.nanoTime() < deadline, is(true));
            Thread.sleep(20);
        }
    }

    private long stored(String slug) throws SQLException {
        return count("select count(*) from actor where slug = ?", slug);
    }

    private long changes() throws SQLException {
        return count("select count(*) from change_log");
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private String appName() {
        return IsolatedDatabase.applicationName(schema.orElseThrow());
    }

    private int count(String sql, Object... params) throws SQLException {
        try (Connection other = others.open();
                PreparedStatement statement = other.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
