package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Something an actor said about an event or another actor. Its subject is exactly one of the two. */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    public Long id;

    public String slug;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor speaker;
    @Enumerated(EnumType.STRING)
    public Stance stance;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_event_id")
    public Event subjectEvent;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_actor_id")
    public Actor subjectActor;
    @ManyToOne(fetch = FetchType.LAZY)
    public Actor addressee;
    public String quote;
    public String summary;
    @Column(name = "made_on")
    public LocalDate madeOn;
    @Enumerated(EnumType.STRING)
    public Modality modality;
    @Version
    public int version;

    /** The state recorded in the history. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("slug", slug);
        s.put("speaker", speaker.slug);
        s.put("stance", stance);
        s.put("subjectEvent", subjectEvent == null ? null : subjectEvent.slug);
        s.put("subjectActor", subjectActor == null ? null : subjectActor.slug);
        s.put("addressee", addressee == null ? null : addressee.slug);
        s.put("quote", quote);
        s.put("summary", summary);
        s.put("madeOn", madeOn);
        s.put("modality", modality);
        s.put("version", version);
        return s;
    }
}
