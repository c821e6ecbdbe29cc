package io.newsgraph.graph.sql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One table's block of a result row, read by column name ({@link Columns#row}). */
public final class Row {
    private final Object[] values;
    private final int at;
    private final Columns<?> columns;

    Row(Object[] values, int at, Columns<?> columns) {
        this.values = values;
        this.at = at;
        this.columns = columns;
    }

    public long id(String column) {
        return Sql.toLong(get(column));
    }

    /** A nullable foreign key. */
    public Long ref(String column) {
        return Sql.toLongOrNull(get(column));
    }

    public String text(String column) {
        return Sql.str(get(column));
    }

    public int integer(String column) {
        return ((Number) get(column)).intValue();
    }

    public LocalDate date(String column) {
        return Sql.toDate(get(column));
    }

    public OffsetDateTime timestamp(String column) {
        return Sql.toOffsetDateTime(get(column));
    }

    public <E extends Enum<E>> E enumOf(Class<E> type, String column) {
        return Sql.toEnum(type, get(column));
    }

    private Object get(String column) {
        return values[at + columns.position(column)];
    }
}
