package io.newsgraph.location;

import io.newsgraph.actor.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

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
}
