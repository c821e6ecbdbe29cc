package io.newsgraph.search;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of things `search` looks through.")
public enum SearchType {
    @Description("Names and aliases (weight 10), descriptions (2).")
    ACTOR,
    @Description("Titles (8) and summaries (3) of events, and their evidence (1).")
    EVENT,
    @Description("Quotes (6), summaries (4) and evidence (1) of statements.")
    STATEMENT,
    @Description("Titles (6) and full texts (1) of sources.")
    SOURCE,
    @Description("Names of places (10).")
    LOCATION;

    /** The global id type of this kind's nodes. */
    String nodeType() {
        return switch (this) {
            case ACTOR -> "Actor";
            case EVENT -> "Event";
            case STATEMENT -> "Statement";
            case SOURCE -> "Source";
            case LOCATION -> "Location";
        };
    }

    /** The kind whose nodes have this global id type, or null for a type search does not cover. */
    public static SearchType ofNodeType(String nodeType) {
        for (SearchType type : values()) {
            if (type.nodeType().equals(nodeType)) {
                return type;
            }
        }
        return null;
    }
}
