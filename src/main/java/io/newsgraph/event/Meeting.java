package io.newsgraph.event;

import io.newsgraph.graph.sql.Row;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;

@Description("A summit, talks or a strategic dialogue between participants.")
public class Meeting extends EventBase implements EventNode, Subject {
    Meeting(Row row) {
        super(row);
    }

    @Description("Seniority at which it is held, e.g. LEADERS for a summit.")
    public MeetingLevel getLevel() {
        return level;
    }
}
