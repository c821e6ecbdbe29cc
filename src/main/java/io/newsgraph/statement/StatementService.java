package io.newsgraph.statement;

import io.newsgraph.graph.write.Deletion;
import io.newsgraph.graph.write.ItemWriter;
import io.newsgraph.graph.error.NotFoundException;
import io.newsgraph.history.History;
import io.newsgraph.history.Operation;
import io.newsgraph.history.WriteOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class StatementService {
    @Inject
    ItemWriter<StatementInput, WriteOrigin> items;
    @Inject
    History history;

    @Transactional
    public void create(StatementInput in, WriteOrigin via) {
        items.create(() -> in.slug() != null && Statement.count("slug", in.slug()) > 0, in.slug(), in, via);
    }

    @Transactional
    public void update(String slug, int version, StatementInput in, WriteOrigin via) {
        items.update(slug, version, find(slug).version, in.slug(), in, via);
    }

    /** Nothing refers to a statement; its evidence goes with it. */
    @Transactional
    public Deletion delete(String slug, WriteOrigin via) {
        Statement s = find(slug);
        history.record(via, "Statement", s.id, Operation.DELETE, s.snapshot(), null);
        s.delete();
        return new Deletion(List.of("Statement:" + slug), List.of());
    }

    private static Statement find(String slug) {
        return Statement.<Statement>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No statement has the slug '" + slug + "'."));
    }
}
