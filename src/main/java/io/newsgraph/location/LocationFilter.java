package io.newsgraph.location;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("LocationFilter")
@Description("Narrows a list of locations; all given conditions must hold.")
public record LocationFilter(
        @Description("Only places of this kind.") LocationKind kind,

        @Description("Only places in this country (actor slug, e.g. `russia`).")
        String country,

        @Description("Case-insensitive substring of the name.")
        String name) {}
