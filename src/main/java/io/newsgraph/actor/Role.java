package io.newsgraph.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person's position in an organization or state, e.g. Spokesperson of the Pentagon. */
@Entity
@Table(name = "role")
public class Role extends PanacheEntityBase {
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
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("person", person.slug);
        s.put("organization", organization.slug);
        s.put("title", title);
        s.put("since", since);
        s.put("until", until);
        s.put("version", version);
        return s;
    }
}
