package io.newsgraph.event;

import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Sql;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Fields every event type shares; each concrete type declares {@code implements EventNode} itself. */
public abstract class EventBase extends ReadModel {
    static final String COLUMNS = "e.id, e.slug, e.kind, e.title, e.summary, e.status, e.started_on, e.ended_on, "
            + "e.purpose, e.domain, e.level, e.follows_id, e.part_of_id, e.cameo_code, e.plover_code";

    private final long id;
    private final String slug;
    private final EventKind kind;
    private final String title;
    private final String summary;
    private final EventStatus status;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    final String purpose;
    final CooperationDomain domain;
    final MeetingLevel level;
    final Long followsId;
    final Long partOfId;
    private final String cameoCode;
    private final String ploverCode;

    EventBase(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        slug = Sql.str(row[at + 1]);
        kind = Sql.toEnum(EventKind.class, row[at + 2]);
        title = Sql.str(row[at + 3]);
        summary = Sql.str(row[at + 4]);
        status = Sql.toEnum(EventStatus.class, row[at + 5]);
        startedOn = Sql.toDate(row[at + 6]);
        endedOn = Sql.toDate(row[at + 7]);
        purpose = Sql.str(row[at + 8]);
        domain = Sql.toEnum(CooperationDomain.class, row[at + 9]);
        level = Sql.toEnum(MeetingLevel.class, row[at + 10]);
        followsId = Sql.toLongOrNull(row[at + 11]);
        partOfId = Sql.toLongOrNull(row[at + 12]);
        cameoCode = Sql.str(row[at + 13]);
        ploverCode = Sql.str(row[at + 14]);
    }

    /** The object of the GraphQL type that serves this row's kind. */
    static EventNode of(Object[] row, int at) {
        return switch (EventKind.valueOf(Sql.str(row[at + 2]))) {
            case DEPLOYMENT -> new Deployment(row, at);
            case COOPERATION -> new Cooperation(row, at);
            case VISIT -> new Visit(row, at);
            case MEETING -> new Meeting(row, at);
            default -> new GenericEvent(row, at);
        };
    }

    @Override
    public long dbId() {
        return id;
    }

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Description("Opaque global id; fetch the object again with `node(id:)`.")
    public String getId() {
        return GlobalId.of("Event", id);
    }

    @NonNull
    public String getSlug() {
        return slug;
    }

    @NonNull
    public EventKind getKind() {
        return kind;
    }

    @NonNull
    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    @NonNull
    public EventStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getCameoCode() {
        return cameoCode;
    }

    public String getPloverCode() {
        return ploverCode;
    }
}
