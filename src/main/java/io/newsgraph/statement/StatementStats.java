package io.newsgraph.statement;

import io.newsgraph.graph.batch.ReadModel;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description(
        "Counts of statements matching a filter, overall and per group. Each part is computed in SQL, and only when "
                + "selected.")
public class StatementStats extends ReadModel {
    final StatementFilter filter;
    final List<StatementGroupKey> groupBy;
    final int first;
    final OffsetDateTime at;

    StatementStats(StatementFilter filter, List<StatementGroupKey> groupBy, int first, OffsetDateTime at) {
        this.filter = filter;
        this.groupBy = groupBy;
        this.first = first;
        this.at = at;
    }

    @Override
    public long dbId() {
        return 0;
    }
}
