package io.newsgraph.location;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.graph.sql.Sql;
import io.newsgraph.graph.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class LocationReader {
    @Inject
    Sql sql;

    public Map<Long, LocationNode> byIds(Set<Long> ids) {
        return byIds(ids, null);
    }

    /** Locations by id that were recorded by {@code asOf} (null: now). */
    public Map<Long, LocationNode> byIds(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + LocationNode.COLUMNS + " from location l where l.id in (:ids)" + AsOf.and("l", asOf),
                ids,
                asOf,
                row -> new LocationNode(row, 0));
    }

    /** Locations referenced by objects read as of {@code asOf}: all of them, read as of {@code asOf} themselves. */
    public Map<Long, LocationNode> referenced(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + LocationNode.COLUMNS + " from location l where l.id in (:ids)",
                ids,
                asOf,
                row -> new LocationNode(row, 0));
    }

    public Optional<LocationNode> bySlug(String slug) {
        return bySlug(slug, null);
    }

    public Optional<LocationNode> bySlug(String slug, OffsetDateTime asOf) {
        return sql
                .rows(
                        "select " + LocationNode.COLUMNS + " from location l where l.slug = :slug"
                                + AsOf.and("l", asOf),
                        Sql.params("slug", slug, "asOf", asOf))
                .stream()
                .findFirst()
                .map(row -> Cohort.of(List.of(new LocationNode(row, 0)), asOf).get(0));
    }

    public LocationConnection list(LocationFilter filter, Page page, OffsetDateTime asOf) {
        Where where = new Where(asOf).recorded("l");
        if (filter != null) {
            if (filter.kind() != null) {
                where.and("l.kind = " + where.bind(filter.kind().name()));
            }
            if (filter.country() != null) {
                where.and("l.country_id in (select c.id from actor c where c.slug = " + where.bind(filter.country())
                        + ")");
            }
            if (filter.name() != null && !filter.name().isBlank()) {
                where.and("lower(l.name) like "
                        + where.bind(Where.contains(filter.name().trim())) + " escape '\\'");
            }
        }
        List<LocationNode> rows = new ArrayList<>();
        sql.rows(
                        "select " + LocationNode.COLUMNS + " from location l" + where.sql("where")
                                + " order by l.name, l.id offset :off rows fetch next :lim rows only",
                        where.params(Sql.params("off", page.offset(), "lim", page.first() + 1)))
                .forEach(row -> rows.add(new LocationNode(row, 0)));
        Cohort.of(rows, asOf);
        return new LocationConnection(
                rows,
                page,
                0,
                ids -> sql.counts("select 0, count(*) from location l" + where.sql("where"), where.params()));
    }
}
