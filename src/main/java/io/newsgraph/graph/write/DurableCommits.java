package io.newsgraph.graph.write;

import io.newsgraph.graph.sql.DatasourceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * On an H2 file database, writes each write transaction to the file as soon as it committed, before the writer
 * returns: H2 keeps committed changes in memory and writes them only up to WRITE_DELAY (500 ms) later, so a process
 * killed in between lost writes it had already reported (issue 16). An H2 {@code CHECKPOINT} after the commit writes
 * them (no fsync: docs/operations.md, "Durability"). Not {@code WRITE_DELAY=0}, which writes on every commit too but
 * stops H2's background housekeeping: the file then grew with every small write and never shrank. Every write
 * raises the graph version ({@link GraphVersion#raise}), which registers this. PostgreSQL and in-memory H2 need
 * nothing.
 */
@ApplicationScoped
public class DurableCommits {
    private static final Logger LOG = Logger.getLogger(DurableCommits.class);

    @Inject
    DataSource dataSource;

    @Inject
    DatasourceConfig datasource;

    @Inject
    H2Config config;

    private boolean needed;

    @PostConstruct
    void init() {
        needed = config.checkpointAfterCommit()
                && datasource.h2()
                && !datasource.jdbc().url().startsWith("jdbc:h2:mem:");
    }

    /** Once per write transaction: the checkpoint runs after it committed, in the commit's call. */
    void register(TransactionSynchronizationRegistry transaction) {
        if (!needed) {
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    checkpoint();
                }
            }
        });
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("checkpoint");
        } catch (SQLException e) {
            LOG.errorf(
                    "A write committed, but H2 could not write it to the file at once (%s): it is written within"
                            + " 500 ms, unless the process dies before",
                    e.getMessage());
        }
    }
}
