package io.newsgraph.event;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Row;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place on an event's itinerary; for a visit, the stops in the order travelled.")
public class VisitStop extends ReadModel {
    static final String COLUMNS = EventLocation.COLUMNS.select();

    private final long id;
    final long eventId;
    final long locationId;
    private final int position;
    private final EventStatus status;
    private final LocalDate arrivedOn;

    VisitStop(Object[] values, int at) {
        this(EventLocation.COLUMNS.row(values, at));
    }

    VisitStop(Row row) {
        id = row.id("id");
        eventId = row.id("event_id");
        locationId = row.id("location_id");
        position = row.integer("position");
        status = row.enumOf(EventStatus.class, "status");
        arrivedOn = row.date("arrived_on");
    }

    @Override
    public long dbId() {
        return id;
    }

    @NonNull
    @Description("1 for the first stop, 2 for the next ...")
    public int getPosition() {
        return position;
    }

    @Description("HAPPENED once reached, PLANNED while still ahead.")
    public EventStatus getStatus() {
        return status;
    }

    @Description("Arrival day, when known.")
    public LocalDate getArrivedOn() {
        return arrivedOn;
    }
}
