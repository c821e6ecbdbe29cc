package io.newsgraph.graph.sql;

import java.util.List;
import java.util.stream.Collectors;

/** An `orderBy` value that knows its SQL. Lists are joined and get the id as final tie-breaker. */
public interface SqlOrder {
    String sql();

    static String of(List<? extends SqlOrder> orders, SqlOrder fallback, String idColumn) {
        List<? extends SqlOrder> chosen = orders == null || orders.isEmpty() ? List.of(fallback) : orders;
        return chosen.stream().map(SqlOrder::sql).collect(Collectors.joining(", ")) + ", " + idColumn;
    }
}
