package io.newsgraph.event;

import io.newsgraph.graph.sql.SqlOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Orderings of events; several can be combined, ties are broken by creation order.")
public enum EventOrder implements SqlOrder {
    @Description("Latest start first, undated last (the default).")
    STARTED_ON_DESC("e.started_on desc nulls last"),
    @Description("Earliest start first, undated last.")
    STARTED_ON_ASC("e.started_on asc nulls last"),
    @Description("By title, A to Z.")
    TITLE_ASC("e.title asc"),
    @Description("By title, Z to A.")
    TITLE_DESC("e.title desc"),
    @Description("Largest troop estimate first (deployments), others last.")
    TROOPS_DESC("(select max(x.troops) from estimate x where x.event_id = e.id) desc nulls last"),
    @Description("Smallest troop estimate first (deployments), others last.")
    TROOPS_ASC("(select max(x.troops) from estimate x where x.event_id = e.id) asc nulls last"),
    @Description("Most commented on first.")
    STATEMENT_COUNT_DESC("(select count(*) from statement sc where sc.subject_event_id = e.id) desc"),
    @Description("Least commented on first.")
    STATEMENT_COUNT_ASC("(select count(*) from statement sc where sc.subject_event_id = e.id) asc");

    private final String sql;

    EventOrder(String sql) {
        this.sql = sql;
    }

    @Override
    public String sql() {
        return sql;
    }
}
