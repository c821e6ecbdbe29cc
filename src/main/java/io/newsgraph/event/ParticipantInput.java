package io.newsgraph.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Name;

/** An actor taking part in an event, by slug, in a role. */
@Name("ParticipantInput")
public record ParticipantInput(
        @NotBlank String actor, @NotNull ParticipantRole role, MeetingLevel level) {}
