package io.newsgraph.actor;

import io.newsgraph.graph.sql.SqlOrder;
import org.eclipse.microprofile.graphql.Description;

@Description("Orderings of actors; several can be combined, ties are broken by creation order.")
public enum ActorOrder implements SqlOrder {
    @Description("By name, A to Z (the default).")
    NAME_ASC("a.name asc"),
    @Description("By name, Z to A.")
    NAME_DESC("a.name desc"),
    @Description("By kind.")
    KIND_ASC("a.kind asc"),
    @Description("Most statements made first.")
    STATEMENT_COUNT_DESC("(select count(*) from statement sc where sc.speaker_id = a.id) desc"),
    @Description("Fewest statements made first.")
    STATEMENT_COUNT_ASC("(select count(*) from statement sc where sc.speaker_id = a.id) asc"),
    @Description("Most statements about it first.")
    MENTION_COUNT_DESC("(select count(*) from statement sm where sm.subject_actor_id = a.id) desc");

    private final String sql;

    ActorOrder(String sql) {
        this.sql = sql;
    }

    @Override
    public String sql() {
        return sql;
    }
}
