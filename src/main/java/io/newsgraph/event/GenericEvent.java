package io.newsgraph.event;

import io.newsgraph.graph.sql.Row;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;

@Description("An event of a kind without an object type of its own (armed conflict, sanction, aid ...): see `kind`.")
public class GenericEvent extends EventBase implements EventNode, Subject {
    GenericEvent(Row row) {
        super(row);
    }
}
