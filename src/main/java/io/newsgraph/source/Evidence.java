package io.newsgraph.source;

import io.newsgraph.actor.Role;
import io.newsgraph.event.Estimate;
import io.newsgraph.event.Event;
import io.newsgraph.graph.sql.Columns;
import io.newsgraph.statement.Statement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/**
 * A span of a source's text that supports exactly one fact (statement, event, role or estimate).
 * Offsets count UTF-16 code units, start inclusive, end exclusive (W3C TextPositionSelector). The fields are not
 * named {@code start} and {@code end}: Hibernate names the columns of its temporary table for bulk inserts
 * (HTE_evidence) after the fields, and {@code end} is an SQL keyword H2 refuses there.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {
    /** The columns of table evidence: a span of a source and the one fact it supports. */
    public static final Columns<Evidence> COLUMNS = Columns.<Evidence>of("evidence", "ev")
            .id(e -> e.id)
            .ref("source_id", e -> e.source)
            .text("quote", e -> e.quote)
            .integer("start_offset", e -> e.startOffset)
            .integer("end_offset", e -> e.endOffset)
            .ref("statement_id", e -> e.statement)
            .ref("event_id", e -> e.event)
            .ref("role_id", e -> e.role)
            .ref("estimate_id", e -> e.estimate)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Source source;

    @Column(length = 10000)
    public String quote;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    @ManyToOne(fetch = FetchType.LAZY)
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    public Estimate estimate;
}
