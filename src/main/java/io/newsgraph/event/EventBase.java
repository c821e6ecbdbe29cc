package io.newsgraph.event;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.sql.Row;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Fields every event type shares; each concrete type declares {@code implements EventNode} itself. */
public abstract class EventBase extends ReadModel {
    static final String COLUMNS = Event.COLUMNS.select();

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

    EventBase(Row row) {
        id = row.id("id");
        slug = row.text("slug");
        kind = row.enumOf(EventKind.class, "kind");
        title = row.text("title");
        summary = row.text("summary");
        status = row.enumOf(EventStatus.class, "status");
        startedOn = row.date("started_on");
        endedOn = row.date("ended_on");
        purpose = row.text("purpose");
        domain = row.enumOf(CooperationDomain.class, "domain");
        level = row.enumOf(MeetingLevel.class, "level");
        followsId = row.ref("follows_id");
        partOfId = row.ref("part_of_id");
        cameoCode = row.text("cameo_code");
        ploverCode = row.text("plover_code");
    }

    /** The object of the GraphQL type that serves this row's kind. */
    static EventNode of(Object[] values, int at) {
        Row row = Event.COLUMNS.row(values, at);
        return switch (row.enumOf(EventKind.class, "kind")) {
            case DEPLOYMENT -> new Deployment(row);
            case COOPERATION -> new Cooperation(row);
            case VISIT -> new Visit(row);
            case MEETING -> new Meeting(row);
            default -> new GenericEvent(row);
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
