package io.newsgraph.graph.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow; ask again with `after: endCursor`.")
        boolean hasNextPage,

        @NonNull @Description("True when items precede this page.")
        boolean hasPreviousPage,

        @Description("Cursor of the first item of the page.")
        String startCursor,

        @Description("Cursor of the last item of the page; pass it as `after` for the next page.")
        String endCursor) {}
