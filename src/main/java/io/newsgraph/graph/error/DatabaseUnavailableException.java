package io.newsgraph.graph.error;

/**
 * The database connection was lost (a restart, a failover, the network) and could not be replaced in time. Retryable:
 * the message says what became of a write.
 */
public class DatabaseUnavailableException extends ApiException {
    private final boolean read;

    private DatabaseUnavailableException(String message, boolean read, Throwable cause) {
        super(ErrorCode.DATABASE_UNAVAILABLE, message);
        this.read = read;
        initCause(cause);
    }

    /** A read that failed on its connection and again on a fresh one. */
    public static DatabaseUnavailableException read(Throwable cause) {
        return new DatabaseUnavailableException(
                "The database could not be reached: this read lost its connection and"
                        + " failed again on a fresh one. Retry in a few seconds.",
                true,
                cause);
    }

    /** A write whose connection died before it committed: PostgreSQL rolled it back. */
    public static DatabaseUnavailableException writeNotApplied(Throwable cause) {
        return new DatabaseUnavailableException(
                "The database connection was lost during this write, so it was rolled"
                        + " back and nothing of it was stored. Retry it in a few seconds.",
                false,
                cause);
    }

    /** A write whose connection died while it committed: the database may have committed it or not. */
    public static DatabaseUnavailableException writeUnknown(Throwable cause) {
        return new DatabaseUnavailableException(
                "The database connection was lost while this write was committing,"
                        + " so whether it was stored is unknown. Read the items to check before retrying; an "
                        + "ingestBundle can"
                        + " simply be sent again (loading a bundle twice changes nothing).",
                false,
                cause);
    }

    /** The write committed, then reading back its result failed. */
    public static DatabaseUnavailableException writeNotReadBack(Throwable cause) {
        return new DatabaseUnavailableException(
                "The write was stored, but the database connection was lost while"
                        + " reading back its result. Do not repeat the write: query the item again in a few seconds.",
                false,
                cause);
    }

    /** True when a read of the read path failed (not a write's transaction). */
    public boolean isRead() {
        return read;
    }
}
