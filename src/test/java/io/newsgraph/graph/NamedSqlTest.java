package io.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {
    enum Stance { CONDEMN }

    @Test
    void namedParametersBecomePositionalAndCollectionsExpand() {
        NamedSql sql = NamedSql.parse("select * from statement s where s.id in (:ids) and s.stance = :stance"
                + " offset :off rows");
        Map<String, Object> params = Map.of("ids", List.of(3L, 5L, 8L), "stance", Stance.CONDEMN, "off", 20);
        assertEquals("select * from statement s where s.id in (?, ?, ?) and s.stance = ? offset ? rows",
                sql.jdbc(params));
        assertEquals(List.of(3L, 5L, 8L, "CONDEMN", 20), sql.values(params));
    }

    @Test
    void eachShapeOfCollectionSizesGetsItsOwnSql() {
        NamedSql sql = NamedSql.parse("select * from t where a in (:a) and b in (:b) and c = :c");
        assertEquals("select * from t where a in (?, ?) and b in (?) and c = ?",
                sql.jdbc(Map.of("a", List.of(1, 2), "b", List.of(3), "c", 4)));
        assertEquals("select * from t where a in (?) and b in (?, ?) and c = ?",
                sql.jdbc(Map.of("a", List.of(1), "b", List.of(2, 3), "c", 4)));
        assertEquals("select * from t where a in (?, ?) and b in (?) and c = ?",
                sql.jdbc(Map.of("a", List.of(5, 6), "b", List.of(7), "c", 8)));
    }

    @Test
    void castsQuotedTextAndRepeatedNamesAreHandled() {
        NamedSql sql = NamedSql.parse("select ':not' || x::text from t where a = :v or b = :v");
        assertEquals("select ':not' || x::text from t where a = ? or b = ?", sql.jdbc(Map.of("v", 1)));
        assertEquals(List.of(1, 1), sql.values(Map.of("v", 1)));
    }

    @Test
    void aMissingValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> NamedSql.parse("select :x").values(Map.of()));
    }
}
