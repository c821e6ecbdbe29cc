package io.newsgraph.actor;

import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.sql.Slugged;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase implements Slugged, Recorded {
    /** The columns of table actor (aliases live in actor_alias). */
    public static final Columns<Actor> COLUMNS = Columns.<Actor>of("actor", "a")
            .id(a -> a.id)
            .text("slug", a -> a.slug)
            .text("name", a -> a.name)
            .enumerated("kind", a -> a.kind)
            .text("description", a -> a.description)
            .ref("country_id", a -> a.country)
            .ref("parent_id", a -> a.parent)
            .text("wikidata_id", a -> a.wikidataId)
            .version()
            .recordedAt()
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;

    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor country;

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor parent;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias")
    public Set<String> aliases = new LinkedHashSet<>();

    public static Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The state recorded in the history. */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = COLUMNS.snapshot(this);
        s.put("aliases", new java.util.TreeSet<>(aliases));
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
