package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.event.Event;
import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.sql.Slugged;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Map;

/** Something an actor said about an event or another actor. Its subject is exactly one of the two. */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase implements Slugged, Recorded {
    /** The columns of table statement: read by StatementNode, inserted in batches by bulk ingest. */
    public static final Columns<Statement> COLUMNS = Columns.<Statement>of("statement", "s")
            .id(s -> s.id)
            .text("slug", s -> s.slug)
            .ref("speaker_id", s -> s.speaker)
            .enumerated("stance", s -> s.stance)
            .ref("subject_event_id", s -> s.subjectEvent)
            .ref("subject_actor_id", s -> s.subjectActor)
            .ref("addressee_id", s -> s.addressee)
            .text("quote", s -> s.quote)
            .text("summary", s -> s.summary)
            .date("made_on", s -> s.madeOn)
            .enumerated("modality", s -> s.modality)
            .version()
            .recordedAt()
            .build();

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
