package io.newsgraph.history;

/**
 * Receives the changes of every transaction that wrote to the graph (implemented by the live updates). Both calls run
 * on the writing thread; {@link #committing} still inside the transaction (what it writes commits or rolls back with
 * the data), {@link #committed} once the transaction has committed. A transaction that rolls back calls neither.
 */
public interface ChangeSink {
    void committing(ChangeSet changes);

    void committed(ChangeSet changes);
}
