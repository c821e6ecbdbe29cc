package io.newsgraph.actor;

import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Map;

/** A person's position in an organization or state, e.g. Spokesperson of the Pentagon. */
@Entity
@Table(name = "role")
public class Role extends PanacheEntityBase implements Recorded {
    /** The columns of table role. */
    public static final Columns<Role> COLUMNS = Columns.<Role>of("role", "r")
            .id(r -> r.id)
            .ref("person_id", r -> r.person)
            .ref("organization_id", r -> r.organization)
            .text("title", r -> r.title)
            .date("since", r -> r.since)
            .date("until", r -> r.until)
            .version()
            .recordedAt()
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_seq")
    @SequenceGenerator(name = "role_seq", sequenceName = "role_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor organization;

    public String title;
    public LocalDate since;
    public LocalDate until;

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
}
