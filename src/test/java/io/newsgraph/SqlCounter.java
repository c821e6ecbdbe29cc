package io.newsgraph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements the app prepares while a request runs (Hibernate statistics, test profile). */
@ApplicationScoped
public class SqlCounter {
    @Inject
    EntityManagerFactory emf;

    public long count(Runnable request) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
