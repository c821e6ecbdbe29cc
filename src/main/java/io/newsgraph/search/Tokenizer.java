package io.newsgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into search terms: lowercase, accents removed, split on anything but letters and digits, common
 * English words dropped. A hyphenated word also yields its joined form ("Seok-yeol" gives seok, yeol, seokyeol).
 */
public final class Tokenizer {
    static final int MAX_TERM = 64;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐‑][\\p{L}\\p{N}]+)*");
    static final Pattern HYPHEN = Pattern.compile("[-‐‑]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "in",
            "is", "it", "its", "of", "on", "or", "that", "the", "their", "them", "these", "this", "to", "was", "were",
            "will", "with", "would", "s");

    private Tokenizer() {}

    public static String normalize(String word) {
        String lower = fold(word);
        return lower.length() > MAX_TERM ? lower.substring(0, MAX_TERM) : lower;
    }

    /** Without accents and in lower case, as terms are. */
    static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose (most text)
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Distinct terms in order of first appearance. */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!HYPHEN.matcher(word).find()) {
                add(terms, normalize(word));
                continue;
            }
            String[] parts = HYPHEN.split(word);
            for (String part : parts) {
                add(terms, normalize(part));
            }
            if (parts.length > 1) {
                add(terms, normalize(String.join("", parts)));
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, String term) {
        if (term.length() > 1 && !STOP.contains(term)) {
            terms.add(term);
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The words of {@code text}, found one by one ({@link Matcher#find}), as {@link #wordSpans} splits them. */
    static Matcher words(String text) {
        return WORD.matcher(text);
    }

    /** Where each word of {@code text} starts and ends, with its normalized parts, for highlighting. */
    static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
