package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.newsgraph.Gql;
import io.newsgraph.SqlCounter;
import io.newsgraph.pg.IsolatedDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts are computed once per graph version: a repeat costs only the version check, a write makes them count again.
 */
@QuarkusTest
@TestProfile(CountCacheTest.Profile.class)
class CountCacheTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(IsolatedDatabase.named("countcache"));
            config.put("newsgraph.read.count-cache.enabled", "true");
            return config;
        }
    }

    private static final String COUNTS = """
            { statements(filter: {speaker: "joe-biden"}) { totalCount }
              actor(slug: "joe-biden") { statements(first: 1) { totalCount } }
              statementStats(groupBy: [STANCE]) { total groups { stance count } } }""";

    @Inject
    SqlCounter sql;

    @Test
    void repeatsAreServedFromTheCacheUntilAWrite() {
        long cold = sql.count(() -> Gql.data(COUNTS));
        var before = Gql.data(COUNTS);
        long warm = sql.count(() -> Gql.data(COUNTS));
        // the four aggregates (two totalCounts, the stats total and groups) are not run again; their version checks are
        assertThat(cold - warm, is(4L));

        Gql.postAs("editor", Bundles.INGEST, Map.of("bundle", Bundles.g7(), "dryRun", false))
                .then()
                .statusCode(200);

        var after = Gql.data(COUNTS);
        assertThat(
                after.getInt("data.statements.totalCount"), greaterThan(before.getInt("data.statements.totalCount")));
        assertThat(after.getInt("data.actor.statements.totalCount"), is(after.getInt("data.statements.totalCount")));
        assertThat(after.getInt("data.statementStats.total"), greaterThan(before.getInt("data.statementStats.total")));
    }
}
