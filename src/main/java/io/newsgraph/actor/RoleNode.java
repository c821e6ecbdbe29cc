package io.newsgraph.actor;

import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Sql;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Role")
@Description("A position a person holds in an organization or state (Wikidata 'position held', P39), with its sources.")
public class RoleNode extends ReadModel implements Node {
    static final String COLUMNS = "r.id, r.person_id, r.organization_id, r.title, r.since, r.until";

    private final long id;
    final long personId;
    final long organizationId;
    private final String title;
    private final LocalDate since;
    private final LocalDate until;

    RoleNode(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        personId = Sql.toLong(row[at + 1]);
        organizationId = Sql.toLong(row[at + 2]);
        title = Sql.str(row[at + 3]);
        since = Sql.toDate(row[at + 4]);
        until = Sql.toDate(row[at + 5]);
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
        return GlobalId.of("Role", id);
    }

    @NonNull
    @Description("The position, e.g. `Spokesperson`, `Foreign Minister`, `President`.")
    public String getTitle() {
        return title;
    }

    @Description("Start of the term (P580), when known.")
    public LocalDate getSince() {
        return since;
    }

    @Description("End of the term (P582), when known; empty while the role is held.")
    public LocalDate getUntil() {
        return until;
    }
}
