package io.newsgraph.event;

import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.sql.Slugged;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Map;

/**
 * Every kind of event in one table (single-table mapping): the kind decides which GraphQL object type serves it
 * and which of the kind-specific columns (purpose, domain, level) apply.
 */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase implements Slugged, Recorded {
    /** The columns of table event, every kind's. */
    public static final Columns<Event> COLUMNS = Columns.<Event>of("event", "e")
            .id(e -> e.id)
            .text("slug", e -> e.slug)
            .enumerated("kind", e -> e.kind)
            .text("title", e -> e.title)
            .text("summary", e -> e.summary)
            .enumerated("status", e -> e.status)
            .date("started_on", e -> e.startedOn)
            .date("ended_on", e -> e.endedOn)
            .text("purpose", e -> e.purpose)
            .enumerated("domain", e -> e.domain)
            .enumerated("level", e -> e.level)
            .ref("follows_id", e -> e.follows)
            .ref("part_of_id", e -> e.partOf)
            .text("cameo_code", e -> e.cameoCode)
            .text("plover_code", e -> e.ploverCode)
            .version()
            .recordedAt()
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    public String slug;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public String title;
    public String summary;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    public String purpose;

    @Enumerated(EnumType.STRING)
    public CooperationDomain domain;

    @Enumerated(EnumType.STRING)
    public MeetingLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    public Event follows;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_of_id")
    public Event partOf;

    @Column(name = "cameo_code")
    public String cameoCode;

    @Column(name = "plover_code")
    public String ploverCode;

    @Version
    public int version;

    /** The state recorded in the history (participants, places and evidence are recorded as the event's). */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = COLUMNS.snapshot(this);
        s.put("version", version);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getSlug() {
        return slug;
    }
}
