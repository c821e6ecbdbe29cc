package io.newsgraph.statement;

import io.newsgraph.graph.Cohort;
import io.newsgraph.graph.Nested;
import io.newsgraph.graph.Page;
import io.newsgraph.graph.Sql;
import io.newsgraph.graph.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class StatementReader {
    private static final String ORDER = "s.made_on desc nulls last, s.id";

    /** How a parent reaches its statements. */
    public enum Link {
        SPEAKER("s.speaker_id"), SUBJECT_ACTOR("s.subject_actor_id"), SUBJECT_EVENT("s.subject_event_id"),
        ADDRESSEE("s.addressee_id");

        final String column;

        Link(String column) {
            this.column = column;
        }
    }

    @Inject
    Sql sql;

    public Map<Long, StatementNode> byIds(Set<Long> ids) {
        List<StatementNode> found = new ArrayList<>();
        sql.rows("select " + StatementNode.COLUMNS + " from statement s where s.id in (:ids)",
                Sql.params("ids", Sql.ids(ids))).forEach(row -> found.add(new StatementNode(row, 0)));
        Map<Long, StatementNode> byId = new HashMap<>();
        Cohort.of(found).forEach(s -> byId.put(s.dbId(), s));
        return byId;
    }

    public Optional<StatementNode> bySlug(String slug) {
        return sql.rows("select " + StatementNode.COLUMNS + " from statement s where s.slug = :slug",
                Sql.params("slug", slug)).stream().findFirst().map(row -> new StatementNode(row, 0));
    }

    public StatementConnection list(StatementFilter filter, Page page) {
        Where where = where(filter);
        List<StatementNode> rows = new ArrayList<>();
        sql.rows("select " + StatementNode.COLUMNS + " from statement s" + where.sql("where") + " order by " + ORDER
                + " offset :off rows fetch next :lim rows only",
                where.params(Sql.params("off", page.offset(), "lim", page.first() + 1)))
                .forEach(row -> rows.add(new StatementNode(row, 0)));
        Cohort.of(rows);
        return new StatementConnection(rows, page, 0,
                ids -> sql.counts("select 0, count(*) from statement s" + where.sql("where"), where.params()));
    }

    /** A page of statements per parent, the parent reached through {@code link}. */
    public Map<Long, StatementConnection> linked(Link link, Set<Long> parentIds, StatementFilter filter, Page page) {
        Where where = where(filter);
        return nested(link.column, "from statement s where " + link.column + " in (:ids)" + where.sql("and"),
                parentIds, where, page);
    }

    /** A page per source of the statements that cite it. */
    public Map<Long, StatementConnection> citing(Set<Long> sourceIds, StatementFilter filter, Page page) {
        Where where = where(filter);
        return nested("cs.source_id", "from statement s join (select distinct source_id, statement_id from evidence"
                + " where statement_id is not null and source_id in (:ids)) cs on cs.statement_id = s.id"
                + where.sql("where"), sourceIds, where, page);
    }

    private Map<Long, StatementConnection> nested(String parent, String from, Set<Long> parentIds, Where where, Page page) {
        Map<Long, List<StatementNode>> grouped = Nested.group(
                sql.rows(Nested.pageSql(parent, StatementNode.COLUMNS, from, ORDER),
                        where.params(Nested.params(parentIds, page))),
                row -> new StatementNode(row, 1));
        return Nested.connections(parentIds, grouped, id -> List.of(),
                (rows, id) -> new StatementConnection(rows, page, id, ids -> sql.counts(
                        "select " + parent + ", count(*) " + from + " group by " + parent,
                        where.params(Sql.params("ids", Sql.ids(ids))))));
    }

    private static Where where(StatementFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.stance() != null) {
            where.and("s.stance = :stance", "stance", filter.stance().name());
        }
        if (filter.modality() != null) {
            where.and("s.modality = :modality", "modality", filter.modality().name());
        }
        if (filter.speaker() != null) {
            where.and("s.speaker_id in (select sa.id from actor sa where sa.slug = :speaker)", "speaker", filter.speaker());
        }
        if (filter.addressee() != null) {
            where.and("s.addressee_id in (select aa.id from actor aa where aa.slug = :addressee)", "addressee",
                    filter.addressee());
        }
        if (filter.subject() != null) {
            where.and("(s.subject_event_id in (select se.id from event se where se.slug = :subject)"
                    + " or s.subject_actor_id in (select sb.id from actor sb where sb.slug = :subject))", "subject",
                    filter.subject());
        }
        return where;
    }
}
