package io.newsgraph.graph.request;

import java.util.List;
import java.util.Map;

/**
 * Text that a database can store: no NUL character (PostgreSQL refuses it, H2 keeps it) and no lone UTF-16 surrogate
 * (half of a character pair, which both databases would silently store as '?'). Every path where text enters (GraphQL
 * arguments and variables, bundle files, the bundled dataset) asks this before anything is written or read.
 */
public final class StoredText {
    private static final String PAIR = "send the character whole (both halves of the pair) or remove it";

    private StoredText() {}

    /** The first character no stored text can hold, or null when there is none. */
    public static Flaw flaw(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return new Flaw(i, "a NUL character (\\u0000)", "remove it");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return new Flaw(
                        i, "a lone UTF-16 surrogate (" + escaped(c) + ", a high one with no low one after it)", PAIR);
            }
            if (Character.isLowSurrogate(c)) {
                return new Flaw(
                        i, "a lone UTF-16 surrogate (" + escaped(c) + ", a low one with no high one before it)", PAIR);
            }
        }
        return null;
    }

    /**
     * The first flaw in a value decoded from JSON (maps, lists, strings; field names too), with its place below
     * {@code path} written as the API writes places: {@code bundle.sources[0].text}.
     */
    public static Misplaced find(Object value, String path) {
        return holdsFlaw(value) ? place(value, path) : null; // places are spelled out only for a flaw
    }

    private static boolean holdsFlaw(Object value) {
        if (value instanceof String text) {
            return flaw(text) != null;
        }
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                if (holdsFlaw(String.valueOf(field.getKey())) || holdsFlaw(field.getValue())) {
                    return true;
                }
            }
        }
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (holdsFlaw(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Misplaced place(Object value, String path) {
        if (value instanceof String text) {
            Flaw flaw = flaw(text);
            return flaw == null ? null : new Misplaced(path, flaw);
        }
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                String name = String.valueOf(field.getKey());
                Flaw inName = flaw(name);
                if (inName != null) {
                    return new Misplaced(path + " (a field name)", inName);
                }
                Misplaced found = place(field.getValue(), path + "." + name);
                if (found != null) {
                    return found;
                }
            }
        }
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Misplaced found = place(items.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String escaped(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** What is wrong and at which character (counted from 0, in UTF-16 code units as the API counts offsets). */
    public record Flaw(int index, String what, String advice) {
        @Override
        public String toString() {
            return what + " at character " + index + ", which stored text cannot hold: " + advice;
        }
    }

    /** A flaw and the place of the value that holds it. */
    public record Misplaced(String path, Flaw flaw) {}
}
