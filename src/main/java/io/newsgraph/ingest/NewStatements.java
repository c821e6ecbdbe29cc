package io.newsgraph.ingest;

import io.newsgraph.graph.write.JdbcBatch;
import io.newsgraph.source.Evidence;
import io.newsgraph.statement.Statement;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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
            JdbcBatch.run(connection, "insert into statement (id, slug, speaker_id, stance, subject_event_id,"
                    + " subject_actor_id, addressee_id, quote, summary, made_on, modality, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", statements, BATCH, (insert, s) -> {
                        insert.setLong(1, s.id);
                        insert.setString(2, s.slug);
                        insert.setLong(3, s.speaker.id);
                        insert.setString(4, s.stance.name());
                        setId(insert, 5, s.subjectEvent == null ? null : s.subjectEvent.id);
                        setId(insert, 6, s.subjectActor == null ? null : s.subjectActor.id);
                        setId(insert, 7, s.addressee == null ? null : s.addressee.id);
                        insert.setString(8, s.quote);
                        insert.setString(9, s.summary);
                        if (s.madeOn == null) {
                            insert.setNull(10, Types.DATE);
                        } else {
                            insert.setDate(10, Date.valueOf(s.madeOn));
                        }
                        insert.setString(11, s.modality.name());
                    });
            JdbcBatch.run(connection, "insert into evidence (id, source_id, quote, start_offset, end_offset,"
                    + " statement_id) values (?, ?, ?, ?, ?, ?)", evidence, BATCH, (insert, e) -> {
                        insert.setLong(1, e.id);
                        insert.setLong(2, e.source.id);
                        insert.setString(3, e.quote);
                        insert.setInt(4, e.startOffset);
                        insert.setInt(5, e.endOffset);
                        insert.setLong(6, e.statement.id);
                    });
        });
    }

    private static void setId(PreparedStatement insert, int index, Long id) throws SQLException {
        if (id == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, id);
        }
    }
}
