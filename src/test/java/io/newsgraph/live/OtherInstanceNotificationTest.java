package io.newsgraph.live;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Gql;
import io.newsgraph.GraphQlSocket;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.history.ChangeSet;
import io.newsgraph.history.Operation;
import io.newsgraph.pg.OtherConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL pass only: a write committed by another instance reaches this instance's subscribers. The other instance
 * is a plain JDBC connection outside the app sending, inside its transaction, the notification the service sends
 * (same channel, same payload format): it arrives once that transaction commits, never when it rolls back, and
 * statementAdded reads the statement it names from the database. src/test/scripts/two-instances.sh does the same
 * with two running instances.
 */
@QuarkusTest
class OtherInstanceNotificationTest {
    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    LiveUpdates live;

    @Inject
    PostgresListener listener;

    @Inject
    OtherConnection others;

    @ConfigProperty(name = "newsgraph.live.channel")
    String channel;

    @Test
    void aWriteCommittedElsewhereReachesTheSubscribersHere() throws Exception {
        Assumptions.assumeTrue(live.throughPostgres(), "live updates go through PostgreSQL only on PostgreSQL");
        assertThat(listener.isListening(), is(true));
        JsonPath seed = Gql.data("{ actor(slug: \"nato\") { id } statements(first: 1) { nodes { id slug } } }");
        String actorId = seed.getString("data.actor.id");
        String statementId = seed.getString("data.statements.nodes[0].id");
        ChangeSet elsewhere = new ChangeSet(
                OffsetDateTime.now(ZoneOffset.UTC),
                "someone",
                "updateActor",
                List.of(
                        new ChangeSet.Changed(
                                "Actor",
                                Operation.UPDATE,
                                List.of(GlobalId.parse(actorId).dbId())),
                        new ChangeSet.Changed(
                                "Statement",
                                Operation.CREATE,
                                List.of(GlobalId.parse(statementId).dbId()))));

        try (GraphQlSocket changes = GraphQlSocket.subscribe(
                        endpoint,
                        "subscription { graphChanged(types: [ACTOR]) { user via changes { type operation count ids } "
                                + "} }");
                GraphQlSocket statements =
                        GraphQlSocket.subscribe(endpoint, "subscription { statementAdded { slug } }");
                Connection other = others.open()) {
            other.setAutoCommit(false);
            String name = PostgresChannel.of(channel, schema(other));
            notify(other, name, ChangeNotifications.encode(elsewhere, 50).get(0));
            other.rollback();
            notify(other, name, "not a change notification");
            notify(other, name, ChangeNotifications.encode(elsewhere, 50).get(0));
            other.commit();

            JsonObject change = changes.next().getJsonObject("graphChanged");
            assertThat(
                    "the rolled-back one sent nothing, the malformed one was skipped",
                    change.getString("user"),
                    is("someone"));
            assertThat(change.getString("via"), is("updateActor"));
            JsonObject actors = change.getJsonArray("changes").getJsonObject(0);
            assertThat("only the ACTOR entry", change.getJsonArray("changes").size(), is(1));
            assertThat(actors.getString("operation"), is("UPDATE"));
            assertThat(actors.getJsonArray("ids").getList(), is(List.of(actorId)));
            assertThat(
                    "read back from the database",
                    statements.next().getJsonObject("statementAdded").getString("slug"),
                    is(seed.getString("data.statements.nodes[0].slug")));
            assertThat("once", changes.poll(500), nullValue());
            assertThat(statements.poll(100), nullValue());
        }
    }

    private static String schema(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("select current_schema()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void notify(Connection connection, String channel, String payload) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, payload);
            notify.execute();
        }
    }
}
