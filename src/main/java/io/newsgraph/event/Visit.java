package io.newsgraph.event;

import io.newsgraph.graph.sql.Row;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;

@Description("An official visit of a visitor to a host, with its stops in the order travelled.")
public class Visit extends EventBase implements EventNode, Subject {
    Visit(Row row) {
        super(row);
    }

    @Description("What the visit is for, as reported.")
    public String getPurpose() {
        return purpose;
    }
}
