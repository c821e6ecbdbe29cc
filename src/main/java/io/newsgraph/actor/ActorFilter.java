package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("ActorFilter")
@Description("Narrows a list of actors; all given conditions must hold.")
public record ActorFilter(
        @Description("Only actors of this kind.") ActorKind kind,
        @Description("Case-insensitive substring of the name or of any alias, e.g. `yoon suk` or `dprk`.") String name) {
}
