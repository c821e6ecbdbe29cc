package io.newsgraph.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * An H2 file database in a directory of its own, given to the app by URL as a user would (QUARKUS_DATASOURCE_JDBC_URL):
 * the durability setting must hold without being part of that URL.
 */
final class H2File implements CrashDatabase {
    private final Path dir;

    H2File(Path dir) {
        this.dir = dir;
    }

    @Override
    public Path app() {
        return CrashDatabase.packagedApp("newsgraph.it.h2-app", "target/quarkus-app");
    }

    @Override
    public List<String> jvmArgs() {
        return List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("newsgraph") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("newsgraph"), "sa", "");
    }

    @Override
    public String searchTable() {
        return "search_doc";
    }

    /** The file grows: H2 writes a large open transaction's changes to the file before it commits. */
    @Override
    public BooleanSupplier writing() {
        long before = size();
        return () -> size() > before;
    }

    private long size() {
        try {
            return Files.size(dir.resolve("newsgraph.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
