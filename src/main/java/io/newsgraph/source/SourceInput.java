package io.newsgraph.source;

import io.newsgraph.graph.write.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Name;

/** A report with its full text, verbatim, as a bundle or a mutation gives it. */
@Name("SourceInput")
public record SourceInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        String slug,

        @NotBlank @Size(max = 1000) String title,
        @Size(max = 300) String publisher,
        @Size(max = 2000) String url,
        @PastOrPresent LocalDate publishedOn,
        @Size(max = 20) String language,
        @NotBlank @Size(max = 1000000) String text) {}
