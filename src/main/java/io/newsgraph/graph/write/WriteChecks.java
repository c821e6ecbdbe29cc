package io.newsgraph.graph.write;

import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.error.ValidationException;

/** Checks shared by the write services. */
public final class WriteChecks {
    private WriteChecks() {}

    /** An update must name the version the client read; anything else means someone wrote in between. */
    public static void version(String what, int sent, int stored) {
        if (sent != stored) {
            throw new ConflictException(what + " was changed by someone else: you sent version " + sent + ", it is at "
                    + stored + ". Read it again (with `version`) and reapply your change.");
        }
    }

    public static void sameSlug(String argument, String slug, String inputSlug) {
        if (!slug.equals(inputSlug)) {
            throw new ValidationException(
                    argument + ".slug",
                    "must be '" + slug + "': slugs are natural keys and are not renamed (create a new one instead)");
        }
    }
}
