package io.newsgraph.traversal;

import io.newsgraph.graph.batch.ReadModel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One step of a path: from one actor or event to the next, over one relationship, with what backs it.")
public class PathStep extends ReadModel {
    private final long index;
    final Vertex from;
    final Vertex to;
    final Link link;

    PathStep(long index, Vertex from, Vertex to, Link link) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.link = link;
    }

    @Override
    public long dbId() {
        return index;
    }

    @NonNull
    @Description("The kind of relationship.")
    public Relation getRelation() {
        return link.relation();
    }

    @Description("What the relationship says: the stance of a statement (CONDEMN), a participant's part (PARTY), a "
            + "role's title, COUNTRY/PARENT, FOLLOWS/PART_OF, or the troop number of an estimate.")
    public String getLabel() {
        return link.label();
    }

    @NonNull
    @Description("True when the step runs in the relationship's own direction (speaker → subject, actor → event, "
            + "person → organization, member → state); false when it is walked backwards (e.g. event ← party).")
    public boolean isForward() {
        return link.from().equals(from);
    }
}
