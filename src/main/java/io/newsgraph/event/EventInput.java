package io.newsgraph.event;

import io.newsgraph.graph.write.Slugs;
import io.newsgraph.source.EvidenceInput;
import io.smallrye.graphql.api.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Name;

/** An event of any kind as a bundle or a mutation gives it; actors, places and other events are named by slug. */
@Name("EventInput")
public record EventInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        String slug,

        @NotNull EventKind kind,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 4000) String summary,
        @NotNull EventStatus status,
        LocalDate startedOn,
        LocalDate endedOn,
        @Size(max = 10) String cameoCode,
        @Size(max = 40) String ploverCode,
        @Size(max = 2000) String purpose,
        CooperationDomain domain,
        MeetingLevel level,
        String follows,
        String partOf,
        String sender,
        String host,
        String visitor,
        @Nullable List<@NotBlank String> parties,
        @Nullable List<@Valid @NotNull ParticipantInput> participants,
        @Nullable List<@Valid @NotNull StopInput> locations,
        @Nullable List<@Valid @NotNull EstimateInput> estimates,
        @NotEmpty List<@Valid @NotNull EvidenceInput> evidence) {

    /**
     * Everyone taking part: sender, visitor, host and parties in that order, then the participants given in full;
     * an actor named twice in the same role counts once.
     */
    public List<ParticipantInput> allParticipants() {
        List<ParticipantInput> all = new ArrayList<>();
        if (sender != null) {
            all.add(ParticipantInput.as(ParticipantRole.SENDER, sender));
        }
        if (visitor != null) {
            all.add(ParticipantInput.as(ParticipantRole.VISITOR, visitor));
        }
        if (host != null) {
            all.add(ParticipantInput.as(ParticipantRole.HOST, host));
        }
        (parties == null ? List.<String>of() : parties)
                .forEach(p -> all.add(ParticipantInput.as(ParticipantRole.PARTY, p)));
        all.addAll(participants == null ? List.of() : participants);
        Set<String> seen = new LinkedHashSet<>();
        return all.stream().filter(p -> seen.add(p.actor() + "/" + p.role())).toList();
    }

    public List<StopInput> locationsOrEmpty() {
        return locations == null ? List.of() : locations;
    }

    public List<EstimateInput> estimatesOrEmpty() {
        return estimates == null ? List.of() : estimates;
    }
}
