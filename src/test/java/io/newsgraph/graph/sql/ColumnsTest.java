package io.newsgraph.graph.sql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnsTest {
    enum Colour {
        RED
    }

    record Target(Long getId, String getSlug) implements Slugged {}

    record Thing(long id, String name, Colour colour, Target owner, LocalDate seenOn) {}

    static final Columns<Thing> THINGS = Columns.<Thing>of("thing", "t")
            .id(Thing::id)
            .text("name", Thing::name)
            .enumerated("colour", Thing::colour)
            .ref("owner_id", Thing::owner)
            .date("seen_on", Thing::seenOn)
            .notInHistory()
            .version()
            .build();

    @Test
    void selectListAndInsertComeFromOneDefinition() {
        assertThat(THINGS.select(), is("t.id, t.name, t.colour, t.owner_id, t.seen_on"));
        assertThat(
                THINGS.insertSql(),
                is("insert into thing (id, name, colour, owner_id, seen_on, version) values (?, ?, ?, ?, ?, 0)"));
        assertThat(THINGS.deleteSql("name", "colour"), is("delete from thing where name = ? and colour = ?"));
    }

    @Test
    void rowsAreReadByNameFromTheirOffset() {
        Object[] joined = {99L, 7L, "kettle", "RED", null, java.sql.Date.valueOf("2024-10-31")};
        Row row = THINGS.row(joined, 1);
        assertThat(row.id("id"), is(7L));
        assertThat(row.text("name"), is("kettle"));
        assertThat(row.enumOf(Colour.class, "colour"), is(Colour.RED));
        assertThat(row.ref("owner_id") == null, is(true));
        assertThat(row.date("seen_on"), is(LocalDate.of(2024, 10, 31)));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> row.text("colour_id"));
        assertThat(unknown.getMessage(), containsString("thing selects no column colour_id"));
    }

    @Test
    void snapshotKeysAreCamelCaseAndReferencesSlugs() {
        Thing thing = new Thing(7, "kettle", Colour.RED, new Target(3L, "north-korea"), LocalDate.of(2024, 10, 31));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "kettle");
        expected.put("colour", Colour.RED);
        expected.put("owner", "north-korea");
        assertThat(THINGS.snapshot(thing), is(expected));
        assertThat(
                new ArrayList<>(THINGS.snapshot(new Thing(7, "kettle", null, null, null))
                        .values()),
                is(Arrays.asList("kettle", null, null)));
    }

    @Test
    void aReferenceColumnEndsInId() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Columns.<Thing>of("thing", "t").ref("owner", Thing::owner));
    }
}
