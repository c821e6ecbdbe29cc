package io.newsgraph.event;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Sql;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place on an event's itinerary; for a visit, the stops in the order travelled.")
public class VisitStop extends ReadModel {
    static final String COLUMNS = "el.id, el.event_id, el.location_id, el.position, el.status, el.arrived_on";

    private final long id;
    final long eventId;
    final long locationId;
    private final int position;
    private final EventStatus status;
    private final LocalDate arrivedOn;

    VisitStop(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        eventId = Sql.toLong(row[at + 1]);
        locationId = Sql.toLong(row[at + 2]);
        position = ((Number) row[at + 3]).intValue();
        status = Sql.toEnum(EventStatus.class, row[at + 4]);
        arrivedOn = Sql.toDate(row[at + 5]);
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
