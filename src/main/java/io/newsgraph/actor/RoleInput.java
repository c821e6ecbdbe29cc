package io.newsgraph.actor;

import io.newsgraph.source.EvidenceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;

/** A position a person holds in an organization, keyed by the two actor slugs and the title. */
@Name("RoleInput")
public record RoleInput(
        @NotBlank String person,
        @NotBlank String organization,
        @NotBlank @Size(max = 300) String title,
        @PastOrPresent LocalDate since,
        LocalDate until,
        @NotEmpty List<@Valid @NotNull EvidenceInput> evidence) {}
