package io.newsgraph.graph.sql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.Role;
import io.newsgraph.event.Estimate;
import io.newsgraph.event.Event;
import io.newsgraph.event.EventLocation;
import io.newsgraph.event.Participant;
import io.newsgraph.history.Change;
import io.newsgraph.location.Location;
import io.newsgraph.source.Evidence;
import io.newsgraph.source.Source;
import io.newsgraph.statement.Statement;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Each table's column definition names every column its migrations create, and nothing else. */
@QuarkusTest
class ColumnDefinitionsTest {
    /** Columns the definitions leave out on purpose: written by Hibernate only and read apart, if at all. */
    private static final Map<String, Set<String>> LEFT_OUT = Map.of(
            "actor", Set.of("created_at"),
            "source", Set.of("body"));

    @Inject
    Sql sql;

    @Test
    void definitionsMatchTheTables() {
        for (Columns<?> table : List.of(
                Statement.COLUMNS,
                Event.COLUMNS,
                Actor.COLUMNS,
                Role.COLUMNS,
                Location.COLUMNS,
                Source.COLUMNS,
                Estimate.COLUMNS,
                Evidence.COLUMNS,
                Participant.COLUMNS,
                EventLocation.COLUMNS,
                Change.COLUMNS)) {
            Set<String> inDatabase = new TreeSet<>();
            sql.rows(
                            "select column_name from information_schema.columns where lower(table_name) = :table"
                                    + " and lower(table_schema) = lower(current_schema)",
                            Map.of("table", table.table()))
                    .forEach(row -> inDatabase.add(Sql.str(row[0]).toLowerCase(Locale.ROOT)));
            inDatabase.removeAll(LEFT_OUT.getOrDefault(table.table(), Set.of()));
            assertThat(table.table(), new TreeSet<>(table.names()), is(inDatabase));
        }
    }
}
