package io.newsgraph.graph.sql;

import io.newsgraph.graph.error.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * As-of reads: a point in time whose graph to answer from, or null for now. Every fact table has a
 * {@code recorded_at} column (when the graph learned the fact); a read as of T keeps the rows recorded at or before T.
 */
public final class AsOf {
    /** The description of every `asOf` argument. */
    public static final String ARGUMENT = "Answer from the graph as it was at this time: only what had been recorded "
            + "by then, nested lists included (field values are today's). Omitted or in the future: now.";

    private AsOf() {}

    /** The argument as given, except that null and a time not yet reached mean now (null), the cheaper read. */
    public static OffsetDateTime of(OffsetDateTime asked) {
        return asked == null || asked.isAfter(OffsetDateTime.now(ZoneOffset.UTC)) ? null : asked;
    }

    /** NOT_FOUND for a slug that no {@code kind} has (null {@code at}) or had at {@code at}, with where to look. */
    public static NotFoundException noSlug(String kind, String slug, OffsetDateTime at, String hint) {
        return new NotFoundException("No " + kind + (at == null ? " has" : " had") + " the slug '" + slug + "'"
                + (at == null ? "" : " at " + at) + ". " + hint);
    }

    /** Adds {@code asOf} to {@code params} when reading as of a time (cached counts take no null parameters). */
    public static java.util.Map<String, Object> bind(java.util.Map<String, Object> params, OffsetDateTime asOf) {
        if (asOf != null) {
            params.put("asOf", asOf);
        }
        return params;
    }

    /** {@code " and x.recorded_at <= :asOf"}, or nothing when reading now; bind {@code asOf}. */
    public static String and(String alias, OffsetDateTime asOf) {
        return asOf == null ? "" : " and " + alias + ".recorded_at <= :asOf";
    }
}
