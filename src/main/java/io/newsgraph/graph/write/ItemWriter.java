package io.newsgraph.graph.write;

import io.newsgraph.graph.error.ConflictException;
import java.util.function.BooleanSupplier;

/**
 * Writes one item of a kind (an actor, an event ...) with exactly the checks and upsert rules of a bundle, for the
 * mutations: the ingest provides one per kind of input {@code I}, written on behalf of {@code O} (who writes and
 * through what). A refused item is a ValidationException whose problem paths are relative to the mutation argument
 * ({@code actor.slug}).
 */
public final class ItemWriter<I, O> {
    /** Writes an item and answers whether that created it. */
    @FunctionalInterface
    public interface Write<I, O> {
        boolean write(I item, O origin);
    }

    private final String kind;
    private final Write<I, O> write;

    /** {@code kind} names the item in messages and is the mutation argument: "actor". */
    public ItemWriter(String kind, Write<I, O> write) {
        this.kind = kind;
        this.write = write;
    }

    /** Writes the item: creates it, or updates the stored one it is. */
    public void write(I item, O origin) {
        write.write(item, origin);
    }

    /**
     * Creates an item under a new slug; an existing one is a CONFLICT ("update it instead"). Answers whether the write
     * created it: an actor whose name or alias is a stored actor's is linked to that one instead.
     */
    public boolean create(BooleanSupplier exists, String slug, I item, O origin) {
        if (exists.getAsBoolean()) {
            throw exists(slug);
        }
        boolean created = write.write(item, origin);
        if (!created && exists.getAsBoolean()) {
            // Another write committed the slug between the check above and the ingest's own reading, which then took
            // this create for an update of that item; throwing rolls this transaction back.
            throw exists(slug);
        }
        return created;
    }

    /** Updates the item stored under {@code slug}, read at {@code sentVersion}; the slug itself never changes. */
    public void update(String slug, int sentVersion, int storedVersion, String inputSlug, I item, O origin) {
        WriteChecks.version(type() + " '" + slug + "'", sentVersion, storedVersion);
        WriteChecks.sameSlug(kind, slug, inputSlug);
        write.write(item, origin);
    }

    /** The schema's type name of the kind: "actor" is "Actor". */
    private String type() {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private ConflictException exists(String slug) {
        return new ConflictException(("aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ") + kind + " with the slug '"
                + slug + "' exists: update it instead.");
    }
}
