package io.newsgraph.location;

import io.newsgraph.graph.write.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Name;

/** A place as a bundle or a mutation gives it; {@code country} is an actor slug, {@code parent} a location slug. */
@Name("LocationInput")
public record LocationInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        String slug,

        @NotBlank @Size(max = 300) String name,
        @NotNull LocationKind kind,
        String country,
        String parent) {}
