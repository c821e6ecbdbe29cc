package io.newsgraph.event;

import io.newsgraph.actor.Actor;
import io.newsgraph.graph.sql.Columns;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

@Entity
@Table(name = "event_participant")
public class Participant extends PanacheEntityBase {
    /** The columns of table event_participant. */
    public static final Columns<Participant> COLUMNS = Columns.<Participant>of("event_participant", "p")
            .id(p -> p.id)
            .ref("event_id", p -> p.event)
            .ref("actor_id", p -> p.actor)
            .enumerated("role", p -> p.role)
            .enumerated("level", p -> p.level)
            .integer("position", p -> p.position)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor actor;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    @Enumerated(EnumType.STRING)
    public MeetingLevel level;

    public int position;
}
