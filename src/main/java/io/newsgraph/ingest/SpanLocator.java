package io.newsgraph.ingest;

/**
 * Finds evidence text verbatim in a source text. Offsets are UTF-16 code units (Java string indexes), start
 * inclusive, end exclusive, as W3C TextPositionSelector.
 */
public final class SpanLocator {
    private SpanLocator() {}

    public record Span(int start, int end) {}

    /**
     * The span of {@code quote} in {@code text}: at {@code start} when given (it must occur exactly there),
     * otherwise its first occurrence. Null when it does not occur.
     */
    public static Span locate(String text, String quote, Integer start) {
        if (text == null || quote == null || quote.isEmpty()) {
            return null;
        }
        if (start != null) {
            return start >= 0 && text.startsWith(quote, start) ? new Span(start, start + quote.length()) : null;
        }
        int at = text.indexOf(quote);
        return at < 0 ? null : new Span(at, at + quote.length());
    }

    /** A short hint for an author whose quote was not found: the usual culprit is typographic punctuation. */
    public static String hint(String text, String quote) {
        return normalize(text).contains(normalize(quote))
                ? " It does occur once quotes, apostrophes and dashes are normalized: copy it from the source text"
                        + " exactly (e.g. ’ rather than ', or \" rather than ')."
                : "";
    }

    static String normalize(String s) {
        // every quotation mark is one: a quote written with ' where the source has " is the same mistake
        return s.replaceAll("[\"\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E]", "'")
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replaceAll("\\s+", " ");
    }
}
