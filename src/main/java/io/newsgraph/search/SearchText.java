package io.newsgraph.search;

import java.util.List;

/**
 * A text that search finds a document by, defined once for both indexes: the term index reads it with
 * {@link #termSql} and counts a match {@code termWeight} times, PostgreSQL's index builds it into the document's
 * vector ({@link #vectorSql}) at rank A-D. Names use the 'simple' configuration (every word kept as written), prose
 * 'english' (stemmed, stop words dropped).
 */
record SearchText(String termSql, String text, int termWeight, String rank, boolean names, boolean positions) {

    /** Every text of a document of this kind. Adding a searchable column is one line here. */
    static List<SearchText> of(SearchType type) {
        return switch (type) {
            case ACTOR ->
                List.of(
                        column("actor", "name", 10, "A", true),
                        each("actor_alias", "actor_id", "alias", 10, "A", true),
                        column("actor", "description", 2, "C", false));
            case EVENT ->
                List.of(
                        column("event", "title", 8, "A", false),
                        column("event", "summary", 3, "B", false),
                        each("evidence", "event_id", "quote", 1, "D", false));
            case STATEMENT ->
                List.of(
                        column("statement", "quote", 6, "B", false),
                        column("statement", "summary", 4, "B", false),
                        referenced("statement", "speaker_id", "actor", "name", 2, "C", true),
                        each("evidence", "statement_id", "quote", 1, "D", false));
            // A full text's positions are dropped: ranking then counts each word once and reads far smaller vectors.
            case SOURCE ->
                List.of(
                        column("source", "title", 6, "A", false),
                        new SearchText(
                                "select id, body from source where id in (:ids)", "d.body", 1, "D", false, false));
            case LOCATION -> List.of(column("location", "name", 10, "A", true));
        };
    }

    /** A column of the document's own table. */
    private static SearchText column(String table, String column, int termWeight, String rank, boolean names) {
        return new SearchText(
                "select id, " + column + " from " + table + " where id in (:ids)",
                "d." + column,
                termWeight,
                rank,
                names,
                true);
    }

    /** A column of the rows of {@code table} that refer to the document through {@code ref}, all of them. */
    private static SearchText each(
            String table, String ref, String column, int termWeight, String rank, boolean names) {
        return new SearchText(
                "select " + ref + ", " + column + " from " + table + " where " + ref + " in (:ids)",
                "(select string_agg(x." + column + ", ' ') from " + table + " x where x." + ref + " = d.id)",
                termWeight,
                rank,
                names,
                true);
    }

    /** A column of the row the document refers to through {@code ref}. */
    private static SearchText referenced(
            String table, String ref, String target, String column, int termWeight, String rank, boolean names) {
        return new SearchText(
                "select s.id, a." + column + " from " + table + " s join " + target + " a on a.id = s." + ref
                        + " where s.id in (:ids)",
                "(select a." + column + " from " + target + " a where a.id = d." + ref + ")",
                termWeight,
                rank,
                names,
                true);
    }

    /** {@link #termSql} for the ids from :lo to :hi. */
    String termSqlBetween() {
        return termSql.replace(" in (:ids)", " between :lo and :hi");
    }

    /** This text's part of the document's tsvector, the document's table under the alias {@code d}. */
    String vectorSql() {
        String config = names ? "simple" : "english";
        if (!positions) {
            return "strip(to_tsvector('" + config + "', newsgraph_fold(" + text + ")))";
        }
        return "setweight(to_tsvector('" + config + "', newsgraph_fold(coalesce(" + text + ", ''))), '" + rank + "')";
    }
}
