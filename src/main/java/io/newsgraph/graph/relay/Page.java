package io.newsgraph.graph.relay;

import io.newsgraph.graph.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A requested window of a list: {@code first} items after the item whose cursor is {@code after}.
 * Cursors are opaque; they encode the position in the list's stable order.
 */
public record Page(int first, int offset) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Page of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0) {
            throw new BadUserInputException("`first` must be 0 or more, got " + size + ".");
        }
        if (size > MAX_SIZE) {
            throw new BadUserInputException("`first` must be at most " + MAX_SIZE + ", got " + size
                    + ". Page through longer lists with `after: pageInfo.endCursor`.");
        }
        return new Page(size, after == null ? 0 : decode(after) + 1);
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("cursor:")) {
                throw new IllegalArgumentException();
            }
            int position = Integer.parseInt(raw.substring("cursor:".length()));
            if (position < 0) {
                throw new IllegalArgumentException();
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("'" + cursor + "' is not a valid cursor. Pass a `cursor` or "
                    + "`pageInfo.endCursor` value from a previous answer of the same list.");
        }
    }
}
