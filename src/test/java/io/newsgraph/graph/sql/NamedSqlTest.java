package io.newsgraph.graph.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {
    enum Stance {
        CONDEMN
    }

    @Test
    void namedParametersBecomePositionalAndCollectionsExpand() {
        NamedSql sql = NamedSql.parse(
                "select * from statement s where s.id in (:ids) and s.stance = :stance" + " offset :off rows");
        Map<String, Object> params = Map.of("ids", List.of(3L, 5L, 8L), "stance", Stance.CONDEMN, "off", 20);
        assertEquals(
                "select * from statement s where s.id in (?, ?, ?) and s.stance = ? offset ? rows",
                sql.jdbc(params, false));
        assertEquals(List.of(3L, 5L, 8L, "CONDEMN", 20), sql.values(params, false));
    }

    @Test
    void eachShapeOfCollectionSizesGetsItsOwnSql() {
        NamedSql sql = NamedSql.parse("select * from t where a in (:a) and b in (:b) and c = :c");
        assertEquals(
                "select * from t where a in (?, ?) and b in (?) and c = ?",
                sql.jdbc(Map.of("a", List.of(1, 2), "b", List.of(3), "c", 4), false));
        assertEquals(
                "select * from t where a in (?) and b in (?, ?) and c = ?",
                sql.jdbc(Map.of("a", List.of(1), "b", List.of(2, 3), "c", 4), false));
        assertEquals(
                "select * from t where a in (?, ?) and b in (?) and c = ?",
                sql.jdbc(Map.of("a", List.of(5, 6), "b", List.of(7), "c", 8), false));
    }

    @Test
    void castsQuotedTextAndRepeatedNamesAreHandled() {
        NamedSql sql = NamedSql.parse("select ':not' || x::text from t where a = :v or b = :v");
        assertEquals("select ':not' || x::text from t where a = ? or b = ?", sql.jdbc(Map.of("v", 1), false));
        assertEquals(List.of(1, 1), sql.values(Map.of("v", 1), false));
    }

    @Test
    void withArraysCollectionsAreOneParameterAndTheSqlKeepsItsTextWhateverTheirSize() {
        NamedSql sql = NamedSql.parse("select * from t join unnest(:parents) as p(id) on p.id = t.p"
                + " where t.id IN ( :ids ) and t.kind not in (:kinds) and t.c = :c");
        String expected =
                "select * from t join unnest(?) as p(id) on p.id = t.p where t.id = any(? ) and t.kind <> all(?)"
                        + " and t.c = ?";
        Map<String, Object> three = Map.of(
                "parents", List.of(1L, 2L, 3L), "ids", List.of(4L, 5L, 6L), "kinds", List.of(Stance.CONDEMN), "c", 7);
        assertEquals(expected, sql.jdbc(three, true));
        assertEquals(
                expected,
                sql.jdbc(Map.of("parents", List.of(1L), "ids", List.of(9L), "kinds", List.of("A", "B"), "c", 7), true));
        List<Object> values = sql.values(three, true);
        assertEquals(4, values.size());
        NamedSql.ArrayValue ids = (NamedSql.ArrayValue) values.get(1);
        assertEquals("bigint", ids.type());
        assertEquals(List.of(4L, 5L, 6L), List.of(ids.elements()));
        NamedSql.ArrayValue kinds = (NamedSql.ArrayValue) values.get(2);
        assertEquals("text", kinds.type());
        assertEquals(List.of("CONDEMN"), List.of(kinds.elements()));
        assertEquals(7, values.get(3));
        // without arrays (H2), the same SQL expands its lists
        assertEquals(
                "select * from t join unnest(?, ?, ?) as p(id) on p.id = t.p where t.id IN ( ?, ?, ? )"
                        + " and t.kind not in (?) and t.c = ?",
                sql.jdbc(three, false));
    }

    @Test
    void aCollectionThatIsNotAWholeInListStillExpands() {
        NamedSql sql = NamedSql.parse("select * from t where a in (:a, :b) and coalesce(:c) is not null");
        assertEquals(
                "select * from t where a in (?, ?, ?) and coalesce(?, ?) is not null",
                sql.jdbc(Map.of("a", List.of(1L, 2L), "b", 3L, "c", List.of(4L, 5L)), true));
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L),
                sql.values(Map.of("a", List.of(1L, 2L), "b", 3L, "c", List.of(4L, 5L)), true));
    }

    @Test
    void aMissingValueIsAnError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> NamedSql.parse("select :x").values(Map.of(), false));
    }
}
