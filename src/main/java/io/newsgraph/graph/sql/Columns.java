package io.newsgraph.graph.sql;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One table's columns, defined once next to its entity: the select list its readers use (under the table's alias),
 * the names its rows are read by ({@link Row}), the batch INSERT of its bulk writer ({@link #insertSql},
 * {@link #bind}) and the snapshot its history records ({@link #snapshot}). Adding a column to a table is one line
 * here; Hibernate's mapping of the entity field beside it covers single-row writes.
 */
public final class Columns<T> {
    enum Type {
        ID,
        REF,
        LONG,
        TEXT,
        ENUM,
        DATE,
        INT,
        TIMESTAMP,
        VERSION,
        RECORDED
    }

    private record Column<T>(String name, Type type, Function<T, ?> value, boolean inHistory) {
        boolean selected() {
            return type != Type.VERSION && type != Type.RECORDED;
        }

        boolean inserted() {
            return type != Type.RECORDED;
        }
    }

    private final String table;
    private final String alias;
    private final List<Column<T>> columns;
    /** A selected column's position in the select list. */
    private final Map<String, Integer> positions = new HashMap<>();

    private final Map<String, Column<T>> byName = new HashMap<>();
    private final String select;
    private final String insert;

    private Columns(String table, String alias, List<Column<T>> columns) {
        this.table = table;
        this.alias = alias;
        this.columns = List.copyOf(columns);
        List<String> selected = new ArrayList<>();
        for (Column<T> c : columns) {
            byName.put(c.name(), c);
            if (c.selected()) {
                positions.put(c.name(), selected.size());
                selected.add(alias + "." + c.name());
            }
        }
        select = String.join(", ", selected);
        List<Column<T>> inserted = columns.stream().filter(Column::inserted).toList();
        insert = "insert into " + table + " ("
                + inserted.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values ("
                + inserted.stream()
                        .map(c -> c.type() == Type.VERSION ? "0" : "?")
                        .collect(Collectors.joining(", ")) + ")";
    }

    public static <T> Builder<T> of(String table, String alias) {
        return new Builder<>(table, alias);
    }

    public String table() {
        return table;
    }

    public String alias() {
        return alias;
    }

    /** Every column, in table order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The select list, each column under the table's alias: {@code s.id, s.slug, ...}. */
    public String select() {
        return select;
    }

    /** This table's columns of a result row whose select list has {@link #select} from position {@code at}. */
    public Row row(Object[] values, int at) {
        return new Row(values, at, this);
    }

    /** An INSERT of every column, the version at 0; {@link #bind} sets its parameters. */
    public String insertSql() {
        return insert;
    }

    /** A DELETE of the rows equal to {@code row} in the given columns; {@link #bindKey} sets its parameters. */
    public String deleteSql(String... keyColumns) {
        return "delete from " + table + " where " + String.join(" = ? and ", keyColumns) + " = ?";
    }

    public void bindKey(PreparedStatement delete, T row, String... keyColumns) throws SQLException {
        int p = 1;
        for (String name : keyColumns) {
            Column<T> c = byName.get(name);
            if (c == null) {
                throw new IllegalArgumentException(table + " has no column " + name);
            }
            bind(delete, p++, c, c.value().apply(row));
        }
    }

    int position(String column) {
        Integer i = positions.get(column);
        if (i == null) {
            throw new IllegalArgumentException("table " + table + " selects no column " + column);
        }
        return i;
    }

    public void bind(PreparedStatement insert, T row) throws SQLException {
        int p = 1;
        for (Column<T> c : columns) {
            if (c.type() != Type.VERSION && c.inserted()) {
                bind(insert, p++, c, c.value().apply(row));
            }
        }
    }

    private static void bind(PreparedStatement insert, int p, Column<?> c, Object value) throws SQLException {
        switch (c.type()) {
            case ID, LONG -> insert.setLong(p, (Long) value);
            case REF -> {
                if (value == null) {
                    insert.setNull(p, Types.BIGINT);
                } else {
                    insert.setLong(p, ((Keyed) value).getId());
                }
            }
            case TEXT -> insert.setString(p, (String) value);
            case ENUM -> insert.setString(p, value == null ? null : ((Enum<?>) value).name());
            case DATE -> {
                if (value == null) {
                    insert.setNull(p, Types.DATE);
                } else {
                    insert.setDate(p, Date.valueOf((LocalDate) value));
                }
            }
            case INT -> {
                if (value == null) {
                    insert.setNull(p, Types.INTEGER);
                } else {
                    insert.setInt(p, (Integer) value);
                }
            }
            case TIMESTAMP -> {
                if (value == null) {
                    insert.setNull(p, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    insert.setObject(p, value);
                }
            }
            default -> throw new IllegalStateException(c.type() + " is not bound");
        }
    }

    /**
     * The row's columns as the history records them, keyed in camel case ({@code made_on} as {@code madeOn}); a
     * reference under its name without {@code _id}, by slug when the referenced entity has one.
     */
    public Map<String, Object> snapshot(T row) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (Column<T> c : columns) {
            if (!c.inHistory()) {
                continue;
            }
            Object value = c.value().apply(row);
            if (c.type() == Type.REF) {
                snapshot.put(
                        camel(c.name().substring(0, c.name().length() - "_id".length())),
                        value instanceof Slugged s ? s.getSlug() : value == null ? null : ((Keyed) value).getId());
            } else {
                snapshot.put(camel(c.name()), value);
            }
        }
        return snapshot;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }

    /** Columns in table order. */
    public static final class Builder<T> {
        private final String table;
        private final String alias;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String table, String alias) {
            this.table = table;
            this.alias = alias;
        }

        /** The primary key {@code id}; not part of the snapshot (the history keeps it beside it). */
        public Builder<T> id(Function<T, Long> value) {
            columns.add(new Column<>("id", Type.ID, value, false));
            return this;
        }

        /** A foreign key; {@code column} ends in {@code _id}. */
        public Builder<T> ref(String column, Function<T, ? extends Keyed> target) {
            if (!column.endsWith("_id")) {
                throw new IllegalArgumentException("a reference column ends in _id: " + column);
            }
            return add(column, Type.REF, target);
        }

        public Builder<T> number(String column, Function<T, Long> value) {
            return add(column, Type.LONG, value);
        }

        public Builder<T> text(String column, Function<T, String> value) {
            return add(column, Type.TEXT, value);
        }

        public Builder<T> enumerated(String column, Function<T, ? extends Enum<?>> value) {
            return add(column, Type.ENUM, value);
        }

        public Builder<T> date(String column, Function<T, LocalDate> value) {
            return add(column, Type.DATE, value);
        }

        public Builder<T> integer(String column, Function<T, Integer> value) {
            return add(column, Type.INT, value);
        }

        public Builder<T> timestamp(String column, Function<T, OffsetDateTime> value) {
            return add(column, Type.TIMESTAMP, value);
        }

        /** The optimistic-lock column {@code version}: inserted as 0, read by VersionReader, kept by the entity. */
        public Builder<T> version() {
            columns.add(new Column<>("version", Type.VERSION, row -> 0, false));
            return this;
        }

        /**
         * {@code recorded_at}: when the row was written, set by the database's default; as-of reads ({@link AsOf})
         * filter on it. Neither selected nor inserted.
         */
        public Builder<T> recordedAt() {
            columns.add(new Column<>("recorded_at", Type.RECORDED, row -> null, false));
            return this;
        }

        /** Leaves the column added last out of the snapshot. */
        public Builder<T> notInHistory() {
            Column<T> last = columns.remove(columns.size() - 1);
            columns.add(new Column<>(last.name(), last.type(), last.value(), false));
            return this;
        }

        public Columns<T> build() {
            return new Columns<>(table, alias, columns);
        }

        private Builder<T> add(String column, Type type, Function<T, ?> value) {
            columns.add(new Column<>(column, type, value, true));
            return this;
        }
    }
}
