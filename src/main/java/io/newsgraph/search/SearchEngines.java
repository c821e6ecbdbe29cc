package io.newsgraph.search;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.graph.sql.DatasourceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Picks the search engine for this database: PostgreSQL's own full-text search when the database is PostgreSQL and
 * has its search table (db/vendor/postgresql V13), else the portable term index.
 */
@ApplicationScoped
public class SearchEngines {
    private static final Logger LOG = Logger.getLogger(SearchEngines.class);

    @Inject
    DatasourceConfig datasource;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TermSearch terms;

    @Inject
    PostgresSearch postgres;

    private volatile Boolean postgresSearch;

    SearchEngine current() {
        return usesPostgresSearch() ? postgres : terms;
    }

    /** Whether the term index (search_doc, TermIndex) answers searches, else PostgreSQL's search_document. */
    public boolean usesTermIndex() {
        return !usesPostgresSearch();
    }

    private boolean usesPostgresSearch() {
        Boolean known = postgresSearch;
        if (known == null) {
            known = datasource.postgres() && hasSearchTable();
            postgresSearch = known;
            LOG.infof("Search engine: %s", known ? "PostgreSQL full-text search" : "term index");
        }
        return known;
    }

    private boolean hasSearchTable() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from information_schema.tables"
                        + " where table_schema = current_schema() and table_name = 'search_document'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            if (rows.getInt(1) > 0) {
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema", e);
        }
        LOG.warn("PostgreSQL without the search table of db/vendor/postgresql (build with -Dquarkus.profile=postgres):"
                + " searching the portable term index instead");
        return false;
    }
}
