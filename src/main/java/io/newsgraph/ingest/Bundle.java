package io.newsgraph.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.event.CooperationDomain;
import io.newsgraph.event.EstimateQualifier;
import io.newsgraph.event.EventKind;
import io.newsgraph.event.EventStatus;
import io.newsgraph.event.MeetingLevel;
import io.newsgraph.event.ParticipantRole;
import io.newsgraph.location.LocationKind;
import io.newsgraph.statement.Modality;
import io.newsgraph.statement.Stance;
import io.smallrye.graphql.api.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** One report and everything it says, in the ingest format (docs/bundle-format.md). */
@Name("BundleInput")
@Description("One report and everything it says (docs/bundle-format.md); every list is optional.")
public record Bundle(
        String format,
        @Nullable List<@Valid @NotNull SourceIn> sources,
        @Nullable List<@Valid @NotNull ActorIn> actors,
        @Nullable List<@Valid @NotNull LocationIn> locations,
        @Nullable List<@Valid @NotNull RoleIn> roles,
        @Nullable List<@Valid @NotNull EventIn> events,
        @Nullable List<@Valid @NotNull StatementIn> statements) {

    public static final String FORMAT = "newsgraph-bundle/1";
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE = "must be lowercase letters, digits and single hyphens, e.g. 'north-korea'";

    public List<SourceIn> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public List<ActorIn> actorsOrEmpty() {
        return actors == null ? List.of() : actors;
    }

    public List<LocationIn> locationsOrEmpty() {
        return locations == null ? List.of() : locations;
    }

    public List<RoleIn> rolesOrEmpty() {
        return roles == null ? List.of() : roles;
    }

    public List<EventIn> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }

    public List<StatementIn> statementsOrEmpty() {
        return statements == null ? List.of() : statements;
    }

    @Name("SourceInput")
    public record SourceIn(
            @NotBlank @Size(max = 200) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 300) String publisher,
            @Size(max = 2000) String url,
            @PastOrPresent LocalDate publishedOn,
            @Size(max = 20) String language,
            @NotBlank @Size(max = 1000000) String text) {
    }

    @Name("EvidenceInput")
    public record EvidenceIn(
            @Size(max = 200) String source,
            @NotBlank @Size(max = 10000) String text,
            @PositiveOrZero Integer start) {
    }

    @Name("ActorInput")
    public record ActorIn(
            @NotBlank @Size(max = 200) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotBlank @Size(max = 300) String name,
            @NotNull ActorKind kind,
            @Nullable List<@NotBlank @Size(max = 300) String> aliases,
            @Size(max = 4000) String description,
            String country,
            String parent,
            @Pattern(regexp = "^Q[0-9]+$", message = "must be a Wikidata QID such as 'Q423'") String wikidataId) {
    }

    @Name("LocationInput")
    public record LocationIn(
            @NotBlank @Size(max = 200) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotBlank @Size(max = 300) String name,
            @NotNull LocationKind kind,
            String country,
            String parent) {
    }

    @Name("RoleInput")
    public record RoleIn(
            @NotBlank String person,
            @NotBlank String organization,
            @NotBlank @Size(max = 300) String title,
            @PastOrPresent LocalDate since,
            LocalDate until,
            @NotEmpty List<@Valid @NotNull EvidenceIn> evidence) {
    }

    @Name("ParticipantInput")
    public record ParticipantIn(@NotBlank String actor, @NotNull ParticipantRole role, MeetingLevel level) {
    }

    @Name("StopInput")
    public record StopIn(@NotBlank String location, EventStatus status, LocalDate arrivedOn) {
        /** A plain slug stands for a location without itinerary details. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static StopIn of(String location) {
            return new StopIn(location, null, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public StopIn {
        }
    }

    @Name("EstimateInput")
    public record EstimateIn(
            @Positive int troops,
            EstimateQualifier qualifier,
            @PastOrPresent LocalDate asOf,
            String reportedBy,
            @NotEmpty List<@Valid @NotNull EvidenceIn> evidence) {
    }

    @Name("EventInput")
    public record EventIn(
            @NotBlank @Size(max = 200) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
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
            @Nullable List<@Valid @NotNull ParticipantIn> participants,
            @Nullable List<@Valid @NotNull StopIn> locations,
            @Nullable List<@Valid @NotNull EstimateIn> estimates,
            @NotEmpty List<@Valid @NotNull EvidenceIn> evidence) {
    }

    @Name("SubjectInput")
    public record SubjectIn(String event, String actor) {
    }

    @Name("StatementInput")
    public record StatementIn(
            @NotBlank @Size(max = 200) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotBlank String speaker,
            @NotNull Stance stance,
            @NotNull @Valid SubjectIn subject,
            String addressee,
            @Size(max = 4000) String quote,
            @NotBlank @Size(max = 4000) String summary,
            @PastOrPresent LocalDate madeOn,
            Modality modality,
            @NotEmpty List<@Valid @NotNull EvidenceIn> evidence) {
    }
}
