package io.newsgraph.event;

import io.newsgraph.actor.Actor;
import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Map;

/** A reported troop count for a deployment. Newer estimates sit beside older ones; none replaces another. */
@Entity
@Table(name = "estimate")
public class Estimate extends PanacheEntityBase implements Recorded {
    /** The columns of table estimate. */
    public static final Columns<Estimate> COLUMNS = Columns.<Estimate>of("estimate", "x")
            .id(x -> x.id)
            .ref("event_id", x -> x.event)
            .integer("troops", x -> x.troops)
            .enumerated("qualifier", x -> x.qualifier)
            .date("as_of", x -> x.asOf)
            .ref("reported_by_id", x -> x.reportedBy)
            .recordedAt()
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "estimate_seq")
    @SequenceGenerator(name = "estimate_seq", sequenceName = "estimate_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Event event;

    public int troops;

    @Enumerated(EnumType.STRING)
    public EstimateQualifier qualifier;

    @Column(name = "as_of")
    public LocalDate asOf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reported_by_id")
    public Actor reportedBy;

    /** The state recorded in the history. */
    @Override
    public Map<String, Object> snapshot() {
        return COLUMNS.snapshot(this);
    }

    @Override
    public Long getId() {
        return id;
    }
}
