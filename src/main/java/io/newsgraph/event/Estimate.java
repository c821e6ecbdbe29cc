package io.newsgraph.event;

import io.newsgraph.actor.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A reported troop count for a deployment. Newer estimates sit beside older ones; none replaces another. */
@Entity
@Table(name = "estimate")
public class Estimate extends PanacheEntityBase {
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
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("event", event.slug);
        s.put("troops", troops);
        s.put("qualifier", qualifier);
        s.put("asOf", asOf);
        s.put("reportedBy", reportedBy == null ? null : reportedBy.slug);
        return s;
    }
}
