package io.newsgraph.event;

import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Two or more actors (the parties) working together in a domain.")
public class Cooperation extends EventBase implements EventNode, Subject {
    Cooperation(Object[] row, int at) {
        super(row, at);
    }

    @NonNull
    @Description("The field of cooperation.")
    public CooperationDomain getDomain() {
        return domain == null ? CooperationDomain.OTHER : domain;
    }
}
