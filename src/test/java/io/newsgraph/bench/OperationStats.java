package io.newsgraph.bench;

import org.HdrHistogram.Histogram;

/** Latencies (microseconds) and errors of one operation, per worker thread, merged at the end. */
final class OperationStats {
    final Histogram latency = new Histogram(60_000_000L, 3);
    long errors;
    String firstError;

    void record(long micros, GraphqlClient.Answer answer) {
        latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
        if (!answer.ok()) {
            if (errors++ == 0) {
                firstError = answer.problem();
            }
        }
    }

    void add(OperationStats other) {
        latency.add(other.latency);
        errors += other.errors;
        if (firstError == null) {
            firstError = other.firstError;
        }
    }
}
