package io.newsgraph.ingest;

import io.newsgraph.search.SearchType;
import java.util.Locale;

/** The kinds of item an ingest writes and counts, in the order of its report. */
enum ItemKind {
    SOURCE("Source", "sources", true, SearchType.SOURCE),
    ACTOR("Actor", "actors", true, SearchType.ACTOR),
    LOCATION("Location", "locations", true, SearchType.LOCATION),
    ROLE("Role", "roles", false, null),
    EVENT("Event", "events", true, SearchType.EVENT),
    ESTIMATE("Estimate", "estimates", false, null),
    STATEMENT("Statement", "statements", true, SearchType.STATEMENT);

    /** The schema's type name, as the report and the history name the kind. */
    final String type;
    /** The bundle's list of items of the kind. */
    final String list;
    /** Whether items are keyed by a slug of their own (a role is keyed by person, organization and title). */
    final boolean bySlug;
    /** The search documents of the kind, or null when search does not cover it. */
    final SearchType search;

    ItemKind(String type, String list, boolean bySlug, SearchType search) {
        this.type = type;
        this.list = list;
        this.bySlug = bySlug;
        this.search = search;
    }

    /** The name of the kind in messages and as a mutation argument: "actor". */
    String argument() {
        return type.toLowerCase(Locale.ROOT);
    }
}
