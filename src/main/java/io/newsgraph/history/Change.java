package io.newsgraph.history;

import io.newsgraph.graph.sql.Columns;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/**
 * One recorded write: an entity's state before and after, when, by whom, through which mutation or bundle. Hibernate
 * names the columns of its temporary table for bulk inserts (HTE_change_log) after the fields and sizes them from the
 * mapping, so no field is named after an SQL keyword ({@code user} broke it on H2) and the sizes are V3's.
 */
@Entity
@Table(name = "change_log")
public class Change extends PanacheEntityBase {
    /** The columns of table change_log, inserted in batches by History. */
    public static final Columns<Change> COLUMNS = Columns.<Change>of("change_log", "c")
            .id(c -> c.id)
            .text("entity_type", c -> c.entityType)
            .number("entity_id", c -> c.entityId)
            .enumerated("operation", c -> c.operation)
            .text("before_json", c -> c.before)
            .text("after_json", c -> c.after)
            .timestamp("changed_at", c -> c.at)
            .text("user_name", c -> c.userName)
            .text("via", c -> c.via)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
    @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "entity_type", length = 40)
    public String entityType;

    @Column(name = "entity_id")
    public long entityId;

    @Enumerated(EnumType.STRING)
    public Operation operation;

    @Column(name = "before_json", columnDefinition = "text")
    public String before;

    @Column(name = "after_json", columnDefinition = "text")
    public String after;

    @Column(name = "changed_at")
    public OffsetDateTime at;

    @Column(name = "user_name", length = 200)
    public String userName;

    @Column(length = 300)
    public String via;
}
