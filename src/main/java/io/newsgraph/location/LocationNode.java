package io.newsgraph.location;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Location")
@Description("A place events happen at: a city, region or country.")
public class LocationNode extends ReadModel implements Node {
    static final String COLUMNS = Location.COLUMNS.select();

    private final long id;
    private final String slug;
    private final String name;
    private final LocationKind kind;
    final Long countryId;
    final Long parentId;

    public LocationNode(Object[] values, int at) {
        this(Location.COLUMNS.row(values, at));
    }

    LocationNode(Row row) {
        id = row.id("id");
        slug = row.text("slug");
        name = row.text("name");
        kind = row.enumOf(LocationKind.class, "kind");
        countryId = row.ref("country_id");
        parentId = row.ref("parent_id");
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
