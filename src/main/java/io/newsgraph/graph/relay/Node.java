package io.newsgraph.graph.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("Anything with a global id that `node(id:)` can fetch again (Relay Global Object Identification).")
public interface Node {
    @Id
    @NonNull
    @Description("Opaque global id. Stable for the life of the record; do not parse it.")
    String getId();
}
