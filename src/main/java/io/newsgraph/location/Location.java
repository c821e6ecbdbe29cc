package io.newsgraph.location;

import io.newsgraph.actor.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;
    @Enumerated(EnumType.STRING)
    public LocationKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    public Actor country;
    @ManyToOne(fetch = FetchType.LAZY)
    public Location parent;
    @Version
    public int version;

    /** The state recorded in the history. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("slug", slug);
        s.put("name", name);
        s.put("kind", kind);
        s.put("country", country == null ? null : country.slug);
        s.put("parent", parent == null ? null : parent.slug);
        s.put("version", version);
        return s;
    }
}
