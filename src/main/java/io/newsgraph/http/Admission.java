package io.newsgraph.http;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * At most {@code limit} tasks running, the rest waiting in arrival order, at most {@code maxWaiting} of them. The
 * caller starts what {@link #admit} and {@link #release} hand back. Thread-safe; it never calls out while holding its
 * lock, so callers may hold locks of their own (a response's, say).
 */
final class Admission<T> {
    enum Outcome {
        RUN,
        WAIT,
        REFUSED
    }

    private final int limit;
    private final int maxWaiting;
    private final Set<T> running = new LinkedHashSet<>();
    private final ArrayDeque<T> waiting = new ArrayDeque<>();

    Admission(int limit, int maxWaiting) {
        if (limit < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and maxWaiting at least 0");
        }
        this.limit = limit;
        this.maxWaiting = maxWaiting;
    }

    synchronized Outcome admit(T task) {
        if (running.size() < limit) {
            running.add(task);
            return Outcome.RUN;
        }
        if (waiting.size() < maxWaiting) {
            waiting.add(task);
            return Outcome.WAIT;
        }
        return Outcome.REFUSED;
    }

    /**
     * Ends a running task and returns the waiting task that runs in its place, if any. A second call for a task, or a
     * call for a task not running, changes nothing and returns null.
     */
    synchronized T release(T task) {
        if (!running.remove(task)) {
            return null;
        }
        T next = waiting.poll();
        if (next != null) {
            running.add(next);
        }
        return next;
    }

    /** The running tasks now; callers test them outside the lock. */
    synchronized List<T> runningNow() {
        return List.copyOf(running);
    }

    synchronized int running() {
        return running.size();
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
