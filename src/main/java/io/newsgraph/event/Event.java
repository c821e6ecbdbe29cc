package io.newsgraph.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every kind of event in one table (single-table mapping): the kind decides which GraphQL object type serves it
 * and which of the kind-specific columns (purpose, domain, level) apply.
 */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {
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
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("slug", slug);
        s.put("kind", kind);
        s.put("title", title);
        s.put("summary", summary);
        s.put("status", status);
        s.put("startedOn", startedOn);
        s.put("endedOn", endedOn);
        s.put("purpose", purpose);
        s.put("domain", domain);
        s.put("level", level);
        s.put("follows", follows == null ? null : follows.slug);
        s.put("partOf", partOf == null ? null : partOf.slug);
        s.put("cameoCode", cameoCode);
        s.put("ploverCode", ploverCode);
        s.put("version", version);
        return s;
    }
}
