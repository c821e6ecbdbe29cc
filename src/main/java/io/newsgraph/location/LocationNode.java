package io.newsgraph.location;

import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Sql;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Location")
@Description("A place events happen at: a city, region or country.")
public class LocationNode extends ReadModel implements Node {
    static final String COLUMNS = "l.id, l.slug, l.name, l.kind, l.country_id, l.parent_id";

    private final long id;
    private final String slug;
    private final String name;
    private final LocationKind kind;
    final Long countryId;
    final Long parentId;

    public LocationNode(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        slug = Sql.str(row[at + 1]);
        name = Sql.str(row[at + 2]);
        kind = Sql.toEnum(LocationKind.class, row[at + 3]);
        countryId = Sql.toLongOrNull(row[at + 4]);
        parentId = Sql.toLongOrNull(row[at + 5]);
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
        return GlobalId.of("Location", id);
    }

    @NonNull
    @Description("Stable natural key, e.g. `kursk-region`.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Name as commonly written in English.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("City, region, country or area.")
    public LocationKind getKind() {
        return kind;
    }
}
