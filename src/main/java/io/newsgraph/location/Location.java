package io.newsgraph.location;

import io.newsgraph.actor.Actor;
import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.sql.Slugged;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.Map;

@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase implements Slugged, Recorded {
    /** The columns of table location. */
    public static final Columns<Location> COLUMNS = Columns.<Location>of("location", "l")
            .id(l -> l.id)
            .text("slug", l -> l.slug)
            .text("name", l -> l.name)
            .enumerated("kind", l -> l.kind)
            .ref("country_id", l -> l.country)
            .ref("parent_id", l -> l.parent)
            .version()
            .recordedAt()
            .build();

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
