package io.newsgraph.statement;

import io.newsgraph.filter.FilterSql;
import io.newsgraph.graph.sql.Sql;
import io.newsgraph.graph.sql.Where;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

/**
 * Live statements over the GraphQL WebSocket endpoint. Fed by the live updates (io.newsgraph.live) with the ids of
 * the statements a committed write created, on this instance or, on PostgreSQL, on any other; the statements are
 * read back from the database, so every instance sends the same thing.
 */
@GraphQLApi
@ApplicationScoped
public class StatementFeed {
    private static final int BATCH = 500;

    @Inject
    Sql sql;

    private final BroadcastProcessor<Batch> added = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();

    @Subscription("statementAdded")
    @Description("Statements as they are added (by ingestBundle, createStatement or, on PostgreSQL, the command line"
            + " and other instances), optionally filtered; sent after the write commits, never for a rejected or"
            + " dry-run write.")
    public Multi<StatementAdded> statementAdded(StatementFilter filter) {
        // every condition of the filter applies, as in `statements`: it runs in SQL on each batch's ids
        return added.onItem()
                .transformToIterable(batch -> filter == null ? batch.present() : matching(batch, filter))
                .onSubscription()
                .invoke(subscribers::incrementAndGet)
                .onTermination()
                .invoke(subscribers::decrementAndGet);
    }

    /** Sends the statements with these ids (created by a committed write); called by one thread at a time. */
    public void publish(List<Long> ids) {
        if (subscribers.get() == 0) {
            return; // nobody listens: spare the database
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
            added.onNext(new Batch(List.copyOf(part), load(part)));
        }
    }

    /** The statements a write added, in the order it wrote them, and their ids. */
    private record Batch(List<Long> ids, List<StatementAdded> statements) {
        List<StatementAdded> present() {
            return statements.stream().filter(s -> s != null).toList();
        }
    }

    /** The batch's statements that the filter selects: one query per subscriber and batch, the filter in SQL. */
    private List<StatementAdded> matching(Batch batch, StatementFilter filter) {
        Where where = FilterSql.statement(filter, "s");
        Set<Long> selected = new HashSet<>();
        sql.rows(
                        "select s.id from statement s where s.id in (:ids)" + where.sql("and"),
                        where.params(Map.of("ids", batch.ids())))
                .forEach(row -> selected.add(Sql.toLong(row[0])));
        List<StatementAdded> matching = new ArrayList<>();
        for (int i = 0; i < batch.ids().size(); i++) {
            if (selected.contains(batch.ids().get(i)) && batch.statements().get(i) != null) {
                matching.add(batch.statements().get(i));
            }
        }
        return matching;
    }

    private List<StatementAdded> load(List<Long> ids) {
        Map<String, Object> params = Sql.params("ids", ids);
        Map<Long, List<String>> sources = new LinkedHashMap<>();
        for (Object[] r : sql.rows(
                "select e.statement_id, s.slug, min(e.id) from evidence e"
                        + " join source s on s.id = e.source_id where e.statement_id in (:ids)"
                        + " group by e.statement_id, s.slug order by 1, 3",
                params)) {
            sources.computeIfAbsent(Sql.toLong(r[0]), k -> new ArrayList<>()).add(Sql.str(r[1]));
        }
        Map<Long, StatementAdded> byId = new LinkedHashMap<>();
        for (Object[] r : sql.rows(
                "select s.id, s.slug, s.stance, s.modality, sp.slug, coalesce(e.slug, sa.slug),"
                        + " ad.slug, s.summary from statement s join actor sp on sp.id = s.speaker_id"
                        + " left join event e on e.id = s.subject_event_id left join actor sa on sa.id = "
                        + "s.subject_actor_id"
                        + " left join actor ad on ad.id = s.addressee_id where s.id in (:ids)",
                params)) {
            long id = Sql.toLong(r[0]);
            byId.put(
                    id,
                    new StatementAdded(
                            Sql.str(r[1]),
                            Sql.toEnum(Stance.class, r[2]),
                            Sql.toEnum(Modality.class, r[3]),
                            Sql.str(r[4]),
                            Sql.str(r[5]),
                            Sql.str(r[6]),
                            Sql.str(r[7]),
                            List.copyOf(sources.getOrDefault(id, List.of()))));
        }
        // in the order they were written, one deleted since as null (left out when sent)
        List<StatementAdded> inOrder = new ArrayList<>(ids.size());
        ids.forEach(id -> inOrder.add(byId.get(id)));
        return inOrder;
    }
}
