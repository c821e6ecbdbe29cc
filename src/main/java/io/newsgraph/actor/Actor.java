package io.newsgraph.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {
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
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("slug", slug);
        s.put("name", name);
        s.put("kind", kind);
        s.put("description", description);
        s.put("country", country == null ? null : country.slug);
        s.put("parent", parent == null ? null : parent.slug);
        s.put("wikidataId", wikidataId);
        s.put("aliases", new java.util.TreeSet<>(aliases));
        s.put("version", version);
        return s;
    }
}
