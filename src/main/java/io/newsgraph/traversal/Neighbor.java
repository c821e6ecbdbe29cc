package io.newsgraph.traversal;

import io.newsgraph.graph.batch.ReadModel;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor reachable from another, with how far it is and one shortest path that reaches it.")
public class Neighbor extends ReadModel {
    private final long actorId;
    private final int distance;
    private final List<PathStep> path;

    Neighbor(long actorId, int distance, List<PathStep> path) {
        this.actorId = actorId;
        this.distance = distance;
        this.path = path;
    }

    @Override
    public long dbId() {
        return actorId;
    }

    @NonNull
    @Description("Number of steps from the starting actor.")
    public int getDistance() {
        return distance;
    }

    @NonNull
    @Description("A shortest path from the starting actor to this one.")
    public List<@NonNull PathStep> getPath() {
        return path;
    }
}
