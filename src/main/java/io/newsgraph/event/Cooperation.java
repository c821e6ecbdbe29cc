package io.newsgraph.event;

import io.newsgraph.graph.sql.Row;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Two or more actors (the parties) working together in a domain.")
public class Cooperation extends EventBase implements EventNode, Subject {
    Cooperation(Row row) {
        super(row);
    }

    @NonNull
    @Description("The field of cooperation.")
    public CooperationDomain getDomain() {
        return domain == null ? CooperationDomain.OTHER : domain;
    }
}
