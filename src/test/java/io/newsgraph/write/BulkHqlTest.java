package io.newsgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Bulk HQL over the change log and evidence runs on both databases. An insert-select goes through Hibernate's
 * temporary table (HTE_change_log, HTE_evidence), whose columns Hibernate names after the entity's fields: H2 refused
 * to create them while fields were named {@code user} and {@code end}, reserved words in H2. Each test rolls back.
 */
@QuarkusTest
@TestProfile(WriteProfile.class)
class BulkHqlTest {
    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UserTransaction transaction;

    @Test
    void hibernateCreatedItsTemporaryTablesOnH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Assumptions.assumeTrue(
                    connection.getMetaData().getDatabaseProductName().equals("H2"),
                    "PostgreSQL gets local temporary tables when a statement needs them");
            for (String table : List.of("HTE_CHANGE_LOG", "HTE_EVIDENCE")) {
                try (ResultSet rows = connection.getMetaData().getTables(null, null, table, null)) {
                    assertThat(table + " exists", rows.next(), is(true));
                }
            }
        }
    }

    @Test
    void updateDeleteAndInsertSelectOverTheChangeLog() throws Exception {
        copyMarkAndDelete(
                "Change",
                "insert into Change (entityType, entityId, operation, before, after, at,"
                        + " userName, via) select c.entityType, c.entityId, c.operation, c.before, c.after, c.at, "
                        + "c.userName,"
                        + " 'bulk-hql' from Change c",
                "update Change c set c.userName = 'bulk-editor' where c.via = 'bulk-hql'",
                "delete from Change c where c.userName = 'bulk-editor'");
    }

    @Test
    void updateDeleteAndInsertSelectOverEvidence() throws Exception {
        copyMarkAndDelete(
                "Evidence",
                "insert into Evidence (source, quote, startOffset, endOffset, statement, event,"
                        + " role, estimate) select e.source, e.quote, e.startOffset, e.endOffset + 100000, e.statement,"
                        + " e.event, e.role, e.estimate from Evidence e",
                "update Evidence e set e.startOffset = e.startOffset + 100000 where e.endOffset >= 100000",
                "delete from Evidence e where e.startOffset >= 100000");
    }

    /** Copies every row of the entity, marks the copies, deletes them: each statement touches the copies only. */
    private void copyMarkAndDelete(String entity, String copy, String mark, String delete) throws Exception {
        rollingBack(() -> {
            long all = count("select count(x) from " + entity + " x");
            assertThat(all, greaterThan(0L));
            int copied = em.createQuery(copy).executeUpdate();
            assertThat((long) copied, is(all));
            assertThat(em.createQuery(mark).executeUpdate(), is(copied));
            assertThat(em.createQuery(delete).executeUpdate(), is(copied));
            assertThat(count("select count(x) from " + entity + " x"), is(all));
        });
    }

    private long count(String hql) {
        return em.createQuery(hql, Long.class).getSingleResult();
    }

    /** Runs the work in a transaction and rolls it back, so the database is left as it was. */
    private void rollingBack(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
        } finally {
            transaction.rollback();
        }
    }
}
