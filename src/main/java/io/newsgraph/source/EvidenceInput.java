package io.newsgraph.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Name;

/** A span of a source's text that supports a fact: the text verbatim, at {@code start} when given. */
@Name("EvidenceInput")
public record EvidenceInput(
        @Size(max = 200) String source,
        @NotBlank @Size(max = 10000) String text,
        @PositiveOrZero Integer start) {}
