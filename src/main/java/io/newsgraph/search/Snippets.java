package io.newsgraph.search;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;

/** Builds a short, HTML-escaped excerpt around the first matching word, with matches wrapped in {@code <mark>}. */
public final class Snippets {
    static final int BEFORE = 60;
    static final int AFTER = 120;

    private Snippets() {}

    /** The snippet from the first text (texts in field-weight order) that contains a term; else the first text. */
    public static String of(List<String> texts, Collection<String> terms) {
        for (String text : texts) {
            if (!mayContain(text, terms)) {
                continue; // saves tokenizing a long text word by word (a source body) that has none of the terms
            }
            Matcher words = Tokenizer.words(text);
            while (words.find()) {
                if (matches(words.group(), terms)) {
                    return around(text, words.start(), words.end(), terms);
                }
            }
        }
        return texts.isEmpty() ? "" : around(texts.get(0), 0, 0, terms);
    }

    private static String around(String text, int start, int end, Collection<String> terms) {
        int from = Math.max(0, start - BEFORE);
        int to = Math.min(text.length(), end + AFTER);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        String window = text.substring(from, to);
        for (int[] span : Tokenizer.wordSpans(window)) {
            int wordStart = from + span[0];
            int wordEnd = from + span[1];
            out.append(escape(text.substring(at, wordStart)));
            String word = text.substring(wordStart, wordEnd);
            if (matches(word, terms)) {
                out.append("<mark>").append(escape(word)).append("</mark>");
            } else {
                out.append(escape(word));
            }
            at = wordEnd;
        }
        out.append(escape(text.substring(at, to)));
        if (to < text.length()) {
            out.append("…");
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** False only when no word of the text can yield a term: every term is a substring of its folded word. */
    static boolean mayContain(String text, Collection<String> terms) {
        String folded = Tokenizer.fold(text);
        if (Tokenizer.HYPHEN.matcher(folded).find()) {
            folded = Tokenizer.HYPHEN.matcher(folded).replaceAll("");
        }
        for (String term : terms) {
            if (folded.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, Collection<String> terms) {
        if (!Tokenizer.HYPHEN.matcher(word).find()) {
            return terms.contains(Tokenizer.normalize(word)); // one part, one term (a stop word is never asked for)
        }
        for (String term : Tokenizer.terms(word)) {
            if (terms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
