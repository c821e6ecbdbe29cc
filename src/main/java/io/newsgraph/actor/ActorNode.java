package io.newsgraph.actor;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Row;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Actor")
@Description(
        "A state, person, government body, military, international organization or media outlet that acts or speaks.")
public class ActorNode extends ReadModel implements Node, Subject {
    static final String COLUMNS = Actor.COLUMNS.select();

    private final long id;
    private final String slug;
    private final String name;
    private final ActorKind kind;
    private final String description;
    final Long countryId;
    final Long parentId;
    private final String wikidataId;

    ActorNode(Object[] values, int at) {
        this(Actor.COLUMNS.row(values, at));
    }

    ActorNode(Row row) {
        id = row.id("id");
        slug = row.text("slug");
        name = row.text("name");
        kind = row.enumOf(ActorKind.class, "kind");
        description = row.text("description");
        countryId = row.ref("country_id");
        parentId = row.ref("parent_id");
        wikidataId = row.text("wikidata_id");
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
        return GlobalId.of("Actor", id);
    }

    @NonNull
    @Description("Stable natural key, lowercase-hyphenated, e.g. `north-korea`.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Preferred name.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("State, person, government body, military, international organization, media ...")
    public ActorKind getKind() {
        return kind;
    }

    @Description("Who or what this is, in a sentence.")
    public String getDescription() {
        return description;
    }

    @Description("Wikidata QID, when known (PLOVER recommends it as the entity identifier).")
    public String getWikidataId() {
        return wikidataId;
    }
}
