package io.newsgraph.bench;

import java.util.SplittableRandom;

/** Draws enum-like names with fixed relative weights. */
final class Weighted {
    private final String[] values;
    private final int[] cumulative;

    /** Pairs of name and weight: {@code "REPORT", 14, "WARN", 8, ...}. */
    Weighted(Object... pairs) {
        values = new String[pairs.length / 2];
        cumulative = new int[pairs.length / 2];
        int sum = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (String) pairs[2 * i];
            sum += (Integer) pairs[2 * i + 1];
            cumulative[i] = sum;
        }
    }

    String draw(SplittableRandom rnd) {
        int ticket = rnd.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (ticket < cumulative[i]) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }
}
