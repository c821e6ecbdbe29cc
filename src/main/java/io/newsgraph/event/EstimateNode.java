package io.newsgraph.event;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Row;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Estimate")
@Description("A reported troop count for a deployment. Estimates from different sources and dates sit side by side.")
public class EstimateNode extends ReadModel implements Node {
    static final String COLUMNS = Estimate.COLUMNS.select();
    /** The day the number describes, newest first; undated ones last, and among equals the last recorded first. */
    static final String LATEST_FIRST = "x.as_of desc nulls last, x.id desc";

    private final long id;
    final long eventId;
    private final int troops;
    private final EstimateQualifier qualifier;
    private final LocalDate asOf;
    final Long reportedById;

    EstimateNode(Object[] values, int at) {
        this(Estimate.COLUMNS.row(values, at));
    }

    EstimateNode(Row row) {
        id = row.id("id");
        eventId = row.id("event_id");
        troops = row.integer("troops");
        qualifier = row.enumOf(EstimateQualifier.class, "qualifier");
        asOf = row.date("as_of");
        reportedById = row.ref("reported_by_id");
    }

    @Override
    public long dbId() {
        return id;
    }

    @Id
    @NonNull
    @Override
    @Description("Opaque global id; fetch the object again with `node(id:)`.")
    public String getId() {
        return GlobalId.of("Estimate", id);
    }

    @NonNull
    @Description("Number of troops.")
    public int getTroops() {
        return troops;
    }

    @NonNull
    @Description("How exact the number is ('estimated at' is ABOUT).")
    public EstimateQualifier getQualifier() {
        return qualifier;
    }

    @Description("The day the number describes, when known.")
    public LocalDate getAsOf() {
        return asOf;
    }
}
