package io.newsgraph.graph.relay;

import io.newsgraph.graph.batch.Cohort;
import io.newsgraph.graph.batch.CohortKey;
import io.newsgraph.graph.batch.ReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list, Relay style. {@code totalCount} is not computed with the page: each concrete connection type
 * resolves it through {@link #totalCount()}, which counts for all sibling connections in one query and only
 * when a client selects it.
 */
public abstract class Connection<T, E extends Edge<T>> extends ReadModel {
    private final List<T> nodes;
    private final List<E> edges;
    private final PageInfo pageInfo;
    private final long parentId;
    private final Function<Set<Long>, Map<Long, Long>> counter;

    protected Connection(List<T> rows, Page page, long parentId, Function<Set<Long>, Map<Long, Long>> counter) {
        boolean more = rows.size() > page.first();
        this.nodes = more ? List.copyOf(rows.subList(0, page.first())) : List.copyOf(rows);
        this.edges = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(edge(nodes.get(i), Page.cursor(page.offset() + i)));
        }
        this.pageInfo = new PageInfo(
                more,
                page.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        this.parentId = parentId;
        this.counter = counter;
    }

    protected abstract E edge(T node, String cursor);

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page (shortcut for `edges { node }`).")
    public List<@NonNull T> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("Whether there is more before or after this page.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Override
    public long dbId() {
        return parentId;
    }

    /** Size of the whole list (all pages); batched over sibling connections. */
    public int totalCount() {
        return Math.toIntExact(Cohort.byId(this, CohortKey.of("totalCount"), counter, 0L));
    }
}
