package io.newsgraph.pg;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A JDBC connection to the app's database outside its pool: how tests play another process or instance. */
@ApplicationScoped
public class OtherConnection {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password.orElse(""));
    }
}
