package io.newsgraph.actor;

import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Sql;
import io.newsgraph.statement.Subject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Actor")
@Description("A state, person, government body, military, international organization or media outlet that acts or speaks.")
public class ActorNode extends ReadModel implements Node, Subject {
    static final String COLUMNS = "a.id, a.slug, a.name, a.kind, a.description, a.country_id, a.parent_id, a.wikidata_id";

    private final long id;
    private final String slug;
    private final String name;
    private final ActorKind kind;
    private final String description;
    final Long countryId;
    final Long parentId;
    private final String wikidataId;

    ActorNode(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        slug = Sql.str(row[at + 1]);
        name = Sql.str(row[at + 2]);
        kind = Sql.toEnum(ActorKind.class, row[at + 3]);
        description = Sql.str(row[at + 4]);
        countryId = Sql.toLongOrNull(row[at + 5]);
        parentId = Sql.toLongOrNull(row[at + 6]);
        wikidataId = Sql.str(row[at + 7]);
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
