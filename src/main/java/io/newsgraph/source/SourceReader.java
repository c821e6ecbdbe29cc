package io.newsgraph.source;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.relay.Page;
import io.newsgraph.graph.sql.AsOf;
import io.newsgraph.graph.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class SourceReader {
    /** Which table column ties evidence to each kind of fact. */
    public enum Fact {
        STATEMENT("statement_id"),
        EVENT("event_id"),
        ROLE("role_id"),
        ESTIMATE("estimate_id");

        final String column;

        Fact(String column) {
            this.column = column;
        }
    }

    @Inject
    Sql sql;

    public Map<Long, SourceNode> byIds(Set<Long> ids) {
        return byIds(ids, null);
    }

    /** Sources by id that were recorded by {@code asOf} (null: now). */
    public Map<Long, SourceNode> byIds(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + SourceNode.COLUMNS + " from source s where s.id in (:ids)" + AsOf.and("s", asOf),
                ids,
                asOf,
                row -> new SourceNode(row, 0));
    }

    /** Sources referenced by objects read as of {@code asOf}: all of them, read as of {@code asOf} themselves. */
    public Map<Long, SourceNode> referenced(Set<Long> ids, OffsetDateTime asOf) {
        return Cohort.byIds(
                sql,
                "select " + SourceNode.COLUMNS + " from source s where s.id in (:ids)",
                ids,
                asOf,
                row -> new SourceNode(row, 0));
    }

    public Optional<SourceNode> bySlug(String slug) {
        return bySlug(slug, null);
    }

    public Optional<SourceNode> bySlug(String slug, OffsetDateTime asOf) {
        return sql
                .rows(
                        "select " + SourceNode.COLUMNS + " from source s where s.slug = :slug" + AsOf.and("s", asOf),
                        Sql.params("slug", slug, "asOf", asOf))
                .stream()
                .findFirst()
                .map(row -> Cohort.of(List.of(new SourceNode(row, 0)), asOf).get(0));
    }

    public SourceConnection list(Page page, OffsetDateTime asOf) {
        String where = asOf == null ? "" : " where s.recorded_at <= :asOf";
        List<SourceNode> rows = new ArrayList<>();
        for (Object[] row : sql.rows(
                "select " + SourceNode.COLUMNS + " from source s" + where
                        + " order by s.published_on desc nulls last, s.id offset :off rows fetch next :lim rows only",
                Sql.params("off", page.offset(), "lim", page.first() + 1, "asOf", asOf))) {
            rows.add(new SourceNode(row, 0));
        }
        Cohort.of(rows, asOf);
        return new SourceConnection(
                rows,
                page,
                0,
                ids -> sql.counts("select 0, count(*) from source s" + where, AsOf.bind(Sql.params(), asOf)));
    }

    public Map<Long, String> texts(Set<Long> sourceIds) {
        Map<Long, String> texts = new HashMap<>();
        for (Object[] row : sql.rows(
                "select s.id, s.body from source s where s.id in (:ids)", Sql.params("ids", Sql.ids(sourceIds)))) {
            texts.put(Sql.toLong(row[0]), Sql.str(row[1]));
        }
        return texts;
    }

    /** The evidence of each fact of one kind, in text order; it is part of the fact, read as of {@code asOf}. */
    public Map<Long, List<EvidenceNode>> evidence(Fact fact, Set<Long> factIds, OffsetDateTime asOf) {
        Map<Long, List<EvidenceNode>> byFact = new HashMap<>();
        List<EvidenceNode> all = new ArrayList<>();
        for (Object[] row : sql.rows(
                "select ev." + fact.column + ", " + EvidenceNode.COLUMNS + " from evidence ev where ev." + fact.column
                        + " in (:ids) order by ev.source_id, ev.start_offset, ev.id",
                Sql.params("ids", Sql.ids(factIds)))) {
            EvidenceNode evidence = new EvidenceNode(row, 1);
            all.add(evidence);
            byFact.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(evidence);
        }
        Cohort.of(all, asOf);
        return byFact;
    }

    /** The distinct sources cited by each fact of one kind, read as of {@code asOf} (the fact was). */
    public Map<Long, List<SourceNode>> sources(Fact fact, Set<Long> factIds, OffsetDateTime asOf) {
        Map<Long, List<SourceNode>> byFact = new HashMap<>();
        List<SourceNode> all = new ArrayList<>();
        for (Object[] row : sql.rows(
                "select distinct ev." + fact.column + ", " + SourceNode.COLUMNS
                        + " from evidence ev join source s on s.id = ev.source_id where ev." + fact.column
                        + " in (:ids)"
                        + " order by ev." + fact.column + ", s.id",
                Sql.params("ids", Sql.ids(factIds)))) {
            SourceNode source = new SourceNode(row, 1);
            all.add(source);
            byFact.computeIfAbsent(Sql.toLong(row[0]), k -> new ArrayList<>()).add(source);
        }
        Cohort.of(all, asOf);
        return byFact;
    }
}
