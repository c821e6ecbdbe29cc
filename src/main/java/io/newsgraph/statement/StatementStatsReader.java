package io.newsgraph.statement;

import io.newsgraph.filter.FilterSql;
import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.sql.Sql;
import io.newsgraph.graph.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grouped statement counts in one SQL statement. */
@ApplicationScoped
public class StatementStatsReader {
    private static final String COUNTRY = "coalesce(sp.country_id, case when sp.kind = 'STATE' then sp.id end)";

    @Inject
    Sql sql;

    public int total(StatementFilter filter, OffsetDateTime asOf) {
        Where where = FilterSql.statement(filter, "s", asOf);
        return (int) Sql.toLong(sql.cachedRows("select count(*) from statement s" + where.sql("where"), where.params())
                .get(0)[0]);
    }

    public List<StatementGroup> groups(
            StatementFilter filter, List<StatementGroupKey> groupBy, int first, OffsetDateTime asOf) {
        Map<StatementGroupKey, List<String>> columns = new LinkedHashMap<>();
        for (StatementGroupKey key : groupBy) {
            columns.put(
                    key,
                    switch (key) {
                        case SPEAKER -> List.of("s.speaker_id");
                        case STANCE -> List.of("s.stance");
                        case MODALITY -> List.of("s.modality");
                        case SUBJECT -> List.of("s.subject_event_id", "s.subject_actor_id");
                        case SPEAKER_COUNTRY -> List.of(COUNTRY);
                        case MONTH -> List.of("extract(year from s.made_on)", "extract(month from s.made_on)");
                    });
        }
        List<String> all = columns.values().stream().flatMap(List::stream).toList();
        Where where = FilterSql.statement(filter, "s", asOf);
        String select = all.isEmpty() ? "" : String.join(", ", all) + ", ";
        String join =
                columns.containsKey(StatementGroupKey.SPEAKER_COUNTRY) ? " join actor sp on sp.id = s.speaker_id" : "";
        String groupClause = all.isEmpty() ? "" : " group by " + String.join(", ", all);
        List<Object[]> rows = sql.cachedRows(
                "select " + select + "count(*) from statement s" + join + where.sql("where")
                        + groupClause + " order by count(*) desc" + (all.isEmpty() ? "" : ", " + String.join(", ", all))
                        + " offset 0 rows fetch next :first rows only",
                where.params(Sql.params("first", first)));
        List<StatementGroup> groups = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            int at = 0;
            Stance stance = null;
            Modality modality = null;
            String month = null;
            Long speaker = null;
            Long country = null;
            Long event = null;
            Long actor = null;
            for (StatementGroupKey key : columns.keySet()) {
                switch (key) {
                    case SPEAKER -> speaker = Sql.toLongOrNull(row[at++]);
                    case STANCE -> stance = Sql.toEnum(Stance.class, row[at++]);
                    case MODALITY -> modality = Sql.toEnum(Modality.class, row[at++]);
                    case SUBJECT -> {
                        event = Sql.toLongOrNull(row[at++]);
                        actor = Sql.toLongOrNull(row[at++]);
                    }
                    case SPEAKER_COUNTRY -> country = Sql.toLongOrNull(row[at++]);
                    case MONTH -> {
                        Object year = row[at++];
                        Object m = row[at++];
                        month = year == null
                                ? null
                                : String.format("%04d-%02d", ((Number) year).intValue(), ((Number) m).intValue());
                    }
                }
            }
            groups.add(new StatementGroup(
                    groups.size(), (int) Sql.toLong(row[at]), stance, modality, month, speaker, country, event, actor));
        }
        return Cohort.of(groups, asOf);
    }
}
