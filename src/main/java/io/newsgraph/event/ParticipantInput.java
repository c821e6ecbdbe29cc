package io.newsgraph.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Name;

/** An actor taking part in an event, by slug, in a role. */
@Name("ParticipantInput")
public record ParticipantInput(
        @NotBlank String actor, @NotNull ParticipantRole role, MeetingLevel level) {

    /** The actor in the role, at no particular level (what the single-role event fields stand for). */
    static ParticipantInput as(ParticipantRole role, String actor) {
        return new ParticipantInput(actor, role, null);
    }
}
