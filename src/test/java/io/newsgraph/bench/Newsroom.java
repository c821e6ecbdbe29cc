package io.newsgraph.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Publication dates of the generated sources, spread over three years and sorted, so source order is time order. */
final class Newsroom {
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = 3 * 365;

    private final int[] days;
    private final SplittableRandom rnd;

    Newsroom(int sources, SplittableRandom rnd) {
        this.rnd = rnd;
        days = new int[sources];
        for (int i = 0; i < sources; i++) {
            days[i] = rnd.nextInt(DAYS);
        }
        Arrays.sort(days);
    }

    int size() {
        return days.length;
    }

    LocalDate publishedOn(int source) {
        return FIRST_DAY.plusDays(days[source]);
    }

    int anySource() {
        return rnd.nextInt(days.length);
    }

    /** A source published on or soon after the day: the first reports of an event. */
    int reportingOn(LocalDate day) {
        int from = firstOnOrAfter((int) (day.toEpochDay() - FIRST_DAY.toEpochDay()));
        if (from >= days.length) {
            return days.length - 1;
        }
        return Math.min(days.length - 1, from + rnd.nextInt(Math.max(1, days.length / 100)));
    }

    private int firstOnOrAfter(int day) {
        int index = Arrays.binarySearch(days, day);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && days[index - 1] == day) {
            index--;
        }
        return index;
    }
}
