package io.newsgraph.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A database a crash test points the packaged app at, and reopens itself after it killed the app. */
interface CrashDatabase {
    /** The packaged app built for this database (the failsafe configuration in pom.xml names it). */
    Path app();

    /** The -D options that point the app at this database. */
    List<String> jvmArgs();

    /** A connection of the test's own, to look at what is stored once the app is gone. */
    Connection open() throws SQLException;

    /** The table that holds one search row per document. */
    String searchTable();

    /** Holds once the app, from now on, has started to write (an open transaction reached the database). */
    BooleanSupplier writing();

    default ChildApp ingest(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("ingest"));
        files.forEach(f -> args.add(f.toString()));
        return ChildApp.start(app(), childJvmArgs(), args);
    }

    /** This database's options, and those of system property newsgraph.it.child-args (to try a setting). */
    default List<String> childJvmArgs() {
        List<String> all = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Xmx512m"));
        all.addAll(jvmArgs());
        String extra = System.getProperty("newsgraph.it.child-args", "").trim();
        if (!extra.isEmpty()) {
            all.addAll(List.of(extra.split("\\s+")));
        }
        return all;
    }

    static Path packagedApp(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath();
    }
}
