package io.newsgraph.statement;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

/** Live statements over the GraphQL WebSocket endpoint; only writes that committed are sent. */
@GraphQLApi
@ApplicationScoped
public class StatementFeed {
    private final BroadcastProcessor<StatementAdded> added = BroadcastProcessor.create();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementAdded.Batch batch) {
        batch.statements().forEach(added::onNext);
    }

    @Subscription("statementAdded")
    @Description("Statements as they are added (by ingestBundle, createStatement or the command line), optionally"
            + " filtered; sent after the write commits, never for a rejected or dry-run write.")
    public Multi<StatementAdded> statementAdded(StatementFilter filter) {
        return added.filter(s -> s.matches(filter));
    }
}
