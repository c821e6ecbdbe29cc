package io.newsgraph.ingest;

import io.newsgraph.graph.write.JdbcBatch;
import io.newsgraph.source.Evidence;
import io.newsgraph.statement.Statement;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Statements a bundle creates, with their evidence, written in JDBC batches once the rows they refer to are flushed:
 * a managed entity each would cost most of a bulk ingest. The objects carry their ids but are never persisted.
 */
final class NewStatements {
    private static final int BATCH = 500;
    private final List<Statement> statements = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    void add(Statement statement, List<Evidence> itsEvidence) {
        statements.add(statement);
        evidence.addAll(itsEvidence);
    }

    void write(EntityManager em) {
        if (statements.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            JdbcBatch.run(connection, Statement.COLUMNS.insertSql(), statements, BATCH, Statement.COLUMNS::bind);
            JdbcBatch.run(connection, Evidence.COLUMNS.insertSql(), evidence, BATCH, Evidence.COLUMNS::bind);
        });
    }
}
