package io.newsgraph.history;

import org.eclipse.microprofile.graphql.Description;

@Description("What a recorded write did to an object.")
public enum Operation {
    CREATE,
    UPDATE,
    DELETE,
    @Description("Actors merged: the kept one's `after` names `mergedFrom`, the removed one's `mergedInto`.")
    MERGE
}
