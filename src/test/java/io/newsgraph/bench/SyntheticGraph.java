package io.newsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rows of a generated graph, in insert order (ids ascending, referenced rows first). */
final class SyntheticGraph {
    record ActorRow(
            long id,
            String slug,
            String name,
            String kind,
            String description,
            Long countryId,
            Long parentId,
            List<String> aliases) {}

    record LocationRow(long id, String slug, String name, String kind, Long countryId, Long parentId) {}

    record RoleRow(long id, long personId, long organizationId, String title, LocalDate since, LocalDate until) {}

    record EventRow(
            long id,
            String slug,
            String kind,
            String title,
            String summary,
            String status,
            LocalDate startedOn,
            LocalDate endedOn,
            String purpose,
            String domain,
            String level,
            Long followsId,
            Long partOfId,
            String cameoCode,
            String ploverCode) {}

    record ParticipantRow(long id, long eventId, long actorId, String role, String level, int position) {}

    record EventLocationRow(long id, long eventId, long locationId, int position, String status, LocalDate arrivedOn) {}

    record EstimateRow(long id, long eventId, int troops, String qualifier, LocalDate asOf, Long reportedById) {}

    record StatementRow(
            long id,
            String slug,
            long speakerId,
            String stance,
            Long subjectEventId,
            Long subjectActorId,
            Long addresseeId,
            String quote,
            String summary,
            LocalDate madeOn,
            String modality) {}

    record SourceRow(
            long id, String slug, String title, String publisher, String url, LocalDate publishedOn, String body) {}

    record EvidenceRow(
            long id,
            long sourceId,
            String quote,
            int start,
            int end,
            Long statementId,
            Long eventId,
            Long roleId,
            Long estimateId) {}

    /** A fact waiting for its words to be written into a source: the sentence becomes its evidence. */
    enum FactKind {
        EVENT,
        ESTIMATE,
        ROLE,
        STATEMENT
    }

    record Claim(int source, String sentence, FactKind kind, long factId) {}

    final List<ActorRow> actors = new ArrayList<>();
    final List<LocationRow> locations = new ArrayList<>();
    final List<RoleRow> roles = new ArrayList<>();
    final List<EventRow> events = new ArrayList<>();
    final List<ParticipantRow> participants = new ArrayList<>();
    final List<EventLocationRow> eventLocations = new ArrayList<>();
    final List<EstimateRow> estimates = new ArrayList<>();
    final List<StatementRow> statements = new ArrayList<>();
    final List<SourceRow> sources = new ArrayList<>();
    final List<EvidenceRow> evidence = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();

    String counts() {
        return actors.size() + " actors, " + locations.size() + " locations, " + roles.size() + " roles, "
                + events.size() + " events (" + participants.size() + " participants, " + eventLocations.size()
                + " event locations, " + estimates.size() + " estimates), " + statements.size() + " statements, "
                + sources.size() + " sources, " + evidence.size() + " evidence spans";
    }
}
