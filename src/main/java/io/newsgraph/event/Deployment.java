package io.newsgraph.event;

import io.newsgraph.graph.sql.Row;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;

@Description("Forces of one actor (the sender) stationed with another (the host), with reported troop estimates.")
public class Deployment extends EventBase implements EventNode, Subject {
    Deployment(Row row) {
        super(row);
    }

    @Description("What the forces are there for, as reported.")
    public String getPurpose() {
        return purpose;
    }
}
