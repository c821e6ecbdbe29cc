package io.newsgraph.event;

import io.newsgraph.source.EvidenceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;

/** A troop estimate of a deployment; {@code reportedBy} is an actor slug. */
@Name("EstimateInput")
public record EstimateInput(
        @Positive int troops,
        EstimateQualifier qualifier,
        @PastOrPresent LocalDate asOf,
        String reportedBy,
        @NotEmpty List<@Valid @NotNull EvidenceInput> evidence) {}
