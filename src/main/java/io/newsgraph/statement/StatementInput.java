package io.newsgraph.statement;

import io.newsgraph.graph.write.Slugs;
import io.newsgraph.source.EvidenceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;

/** A statement as a bundle or a mutation gives it; speaker and addressee are actor slugs. */
@Name("StatementInput")
public record StatementInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        String slug,

        @NotBlank String speaker,
        @NotNull Stance stance,
        @NotNull @Valid SubjectInput subject,
        String addressee,
        @Size(max = 4000) String quote,
        @NotBlank @Size(max = 4000) String summary,
        @PastOrPresent LocalDate madeOn,
        Modality modality,
        @NotEmpty List<@Valid @NotNull EvidenceInput> evidence) {}
