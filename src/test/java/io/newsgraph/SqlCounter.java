package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.graph.sql.Sql;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements the app prepares while a request runs (Hibernate statistics for the write path, the read
 * path's own count for the rest).
 */
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

    /** Sends a request that must be refused as BAD_USER_INPUT, with no data, before any SQL statement ran. */
    public JsonPath refusedBeforeSql(Supplier<Response> request) {
        Response[] response = new Response[1];
        long statements = count(() -> response[0] = request.get());
        JsonPath json =
                new JsonPath(response[0].then().statusCode(200).extract().asString());
        assertThat(response[0].asString(), json.getString("errors[0].extensions.code"), is("BAD_USER_INPUT"));
        assertThat(response[0].asString(), json.get("data"), nullValue());
        assertThat("SQL statements run", statements, is(0L));
        return json;
    }
}
