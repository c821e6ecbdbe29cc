package io.newsgraph.live;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Database ids written compactly as ascending ranges ("7,12-480"): the ids one write creates come from a sequence,
 * so they are mostly consecutive and thousands fit in one notification.
 */
final class IdRanges {
    private IdRanges() {}

    /** The ranges covering exactly these ids, in ascending order. */
    static List<String> of(List<Long> ids) {
        List<String> ranges = new ArrayList<>();
        Long first = null;
        long last = 0;
        for (long id : new TreeSet<>(ids)) {
            if (first != null && id == last + 1) {
                last = id;
                continue;
            }
            if (first != null) {
                ranges.add(range(first, last));
            }
            first = id;
            last = id;
        }
        if (first != null) {
            ranges.add(range(first, last));
        }
        return ranges;
    }

    static List<Long> parse(String ranges) {
        List<Long> ids = new ArrayList<>();
        if (ranges == null || ranges.isEmpty()) {
            return ids;
        }
        for (String range : ranges.split(",")) {
            int dash = range.indexOf('-', 1);
            long from = Long.parseLong(dash < 0 ? range : range.substring(0, dash));
            long to = dash < 0 ? from : Long.parseLong(range.substring(dash + 1));
            for (long id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String range(long first, long last) {
        return first == last ? Long.toString(first) : first + "-" + last;
    }
}
