package io.newsgraph.event;

import io.newsgraph.graph.sql.Columns;
import io.newsgraph.location.Location;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** A place an event happens at; for a visit, a stop in the order travelled. */
@Entity
@Table(name = "event_location")
public class EventLocation extends PanacheEntityBase {
    /** The columns of table event_location. */
    public static final Columns<EventLocation> COLUMNS = Columns.<EventLocation>of("event_location", "el")
            .id(l -> l.id)
            .ref("event_id", l -> l.event)
            .ref("location_id", l -> l.location)
            .integer("position", l -> l.position)
            .enumerated("status", l -> l.status)
            .date("arrived_on", l -> l.arrivedOn)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_location_seq")
    @SequenceGenerator(name = "event_location_seq", sequenceName = "event_location_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Location location;

    public int position;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "arrived_on")
    public LocalDate arrivedOn;
}
