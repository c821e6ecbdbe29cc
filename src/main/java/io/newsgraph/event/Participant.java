package io.newsgraph.event;

import io.newsgraph.actor.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

@Entity
@Table(name = "event_participant")
public class Participant extends PanacheEntityBase {
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
