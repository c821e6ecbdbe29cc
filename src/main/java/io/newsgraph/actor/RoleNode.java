package io.newsgraph.actor;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Row;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Role")
@Description("A position a person holds in an organization or state (Wikidata 'position held', P39), with its sources.")
public class RoleNode extends ReadModel implements Node {
    static final String COLUMNS = Role.COLUMNS.select();

    private final long id;
    final long personId;
    final long organizationId;
    private final String title;
    private final LocalDate since;
    private final LocalDate until;

    RoleNode(Object[] values, int at) {
        this(Role.COLUMNS.row(values, at));
    }

    RoleNode(Row row) {
        id = row.id("id");
        personId = row.id("person_id");
        organizationId = row.id("organization_id");
        title = row.text("title");
        since = row.date("since");
        until = row.date("until");
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
