package io.newsgraph.actor;

import io.newsgraph.graph.write.Slugs;
import io.smallrye.graphql.api.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;

/** An actor as a bundle or a mutation gives it; {@code country} and {@code parent} are actor slugs. */
@Name("ActorInput")
public record ActorInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        String slug,

        @NotBlank @Size(max = 300) String name,
        @NotNull ActorKind kind,
        @Nullable List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = 4000) String description,
        String country,
        String parent,

        @Pattern(regexp = "^Q[0-9]+$", message = "must be a Wikidata QID such as 'Q423'")
        String wikidataId) {

    public List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }
}
