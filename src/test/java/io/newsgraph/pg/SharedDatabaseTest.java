package io.newsgraph.pg;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.newsgraph.Gql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A row committed by another process on the same database (here: a JDBC connection outside the app's pool, as a
 * second instance would) is served by this instance at once, and so is a later change to it: nothing the API reads
 * is cached per instance. src/test/scripts/two-instances.sh does the same with two running instances.
 */
@QuarkusTest
class SharedDatabaseTest {
    @Inject
    OtherConnection others;

    @Test
    void writesFromAnotherConnectionAreReadAtOnce() throws SQLException {
        String slug = "other-instance-" + UUID.randomUUID().toString().substring(0, 8);
        long id = 2_000_000_000L + (long) (Math.random() * 1_000_000);
        String query = "{ actor(slug: \"" + slug + "\") { name kind } }";
        try (Connection other = others.open()) {
            update(
                    other,
                    "insert into actor (id, slug, name, kind, created_at, version)"
                            + " values (?, ?, 'Written Elsewhere', 'GROUP', current_timestamp, 0)",
                    id,
                    slug);
            try {
                assertThat(Gql.data(query).getString("data.actor.name"), is("Written Elsewhere"));
                update(other, "update actor set name = 'Renamed Elsewhere', version = version + 1 where id = ?", id);
                assertThat(Gql.data(query).getString("data.actor.name"), is("Renamed Elsewhere"));
            } finally {
                update(other, "delete from actor where id = ?", id);
            }
        }
        assertThat(Gql.errors(query).getString("errors[0].extensions.code"), is("NOT_FOUND"));
    }

    private static void update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }
}
