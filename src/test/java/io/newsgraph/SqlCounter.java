package io.newsgraph;

import jakarta.enterprise.context.ApplicationScoped;
import io.newsgraph.graph.Sql;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements the app prepares while a request runs (Hibernate statistics for the write path, the read path's own count for the rest). */
@ApplicationScoped
public class SqlCounter {
    @Inject
    EntityManagerFactory emf;
    @Inject
    Sql sql;

    public long count(Runnable request) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long jdbcBefore = sql.jdbcStatements();
        request.run();
        return statistics.getPrepareStatementCount() + sql.jdbcStatements() - jdbcBefore;
    }
}
