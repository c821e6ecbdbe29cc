package io.newsgraph.http;

/** A token bucket: {@code capacity} tokens, refilled at {@code perSecond}; one request takes one token. */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes a token if there is one; otherwise returns false. */
    synchronized boolean take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Seconds until the next token (at least 1, for Retry-After). */
    synchronized long secondsToNext(long now) {
        refill(now);
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updated) * perNano);
        updated = now;
    }
}
