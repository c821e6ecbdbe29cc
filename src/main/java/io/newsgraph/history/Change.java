package io.newsgraph.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** One recorded write: an entity's state before and after, when, by whom, through which mutation or bundle. */
@Entity
@Table(name = "change_log")
public class Change extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
    @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public long entityId;
    @Enumerated(EnumType.STRING)
    public Operation operation;
    @Column(name = "before_json")
    public String before;
    @Column(name = "after_json")
    public String after;
    @Column(name = "changed_at")
    public OffsetDateTime at;
    @Column(name = "user_name")
    public String user;
    public String via;
}
