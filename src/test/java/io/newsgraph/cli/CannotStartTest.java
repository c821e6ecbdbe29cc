package io.newsgraph.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/** A command that cannot start says why in one line. */
class CannotStartTest {

    @Test
    void aDatabaseFileHeldByAServerNamesTheWayOut() {
        Throwable h2 = new IllegalStateException("Database may be already in use: \"/data/newsgraph.mv.db\"."
                + " Possible solutions: close all other connection(s); use the server mode [90020-240]");
        String line = Newsgraph.cannotStart(new RuntimeException(
                "Failed to start quarkus", new RuntimeException("Unable to obtain connection from database", h2)));
        assertThat(line, startsWith("Cannot open the database: its H2 file is open in another process"));
        assertThat(line.contains("ingestBundle"), is(true));
    }

    @Test
    void anyOtherFailureGivesItsRootCause() {
        assertThat(
                Newsgraph.cannotStart(new RuntimeException(
                        "Failed to start quarkus", new IllegalArgumentException("Connection refused"))),
                is("Cannot start: Connection refused"));
    }
}
