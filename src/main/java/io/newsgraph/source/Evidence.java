package io.newsgraph.source;

import io.newsgraph.actor.Role;
import io.newsgraph.event.Estimate;
import io.newsgraph.event.Event;
import io.newsgraph.statement.Statement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/**
 * A span of a source's text that supports exactly one fact (statement, event, role or estimate).
 * Offsets count UTF-16 code units, start inclusive, end exclusive (W3C TextPositionSelector).
 */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Source source;
    public String quote;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @ManyToOne(fetch = FetchType.LAZY)
    public Statement statement;
    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;
    @ManyToOne(fetch = FetchType.LAZY)
    public Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    public Estimate estimate;
}
