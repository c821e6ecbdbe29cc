package io.newsgraph.statement;

import io.newsgraph.graph.sql.SqlOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Orderings of statements; several can be combined, ties are broken by creation order.")
public enum StatementOrder implements SqlOrder {
    @Description("Latest first, undated last (the default).")
    MADE_ON_DESC("s.made_on desc nulls last"),
    @Description("Earliest first, undated last.")
    MADE_ON_ASC("s.made_on asc nulls last"),
    @Description("By speaker name, A to Z.")
    SPEAKER_NAME_ASC("(select sn.name from actor sn where sn.id = s.speaker_id) asc"),
    @Description("By speaker name, Z to A.")
    SPEAKER_NAME_DESC("(select sn.name from actor sn where sn.id = s.speaker_id) desc"),
    @Description("By stance name.")
    STANCE_ASC("s.stance asc"),
    @Description("In the order they were recorded.")
    CREATED_ASC("s.id asc"),
    @Description("Most recently recorded first.")
    CREATED_DESC("s.id desc");

    private final String sql;

    StatementOrder(String sql) {
        this.sql = sql;
    }

    @Override
    public String sql() {
        return sql;
    }
}
