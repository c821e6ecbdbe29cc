package io.newsgraph.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ingest command as run from a shell: progress per file, problems, a summary, and an exit code. One launch
 * (each boots the application) covers a good file, the same file again, and a bad one.
 */
@QuarkusMainTest
@TestProfile(CliProfile.class)
class IngestCommandTest {
    private static final String G7 = "src/test/resources/bundles/g7-ukraine-loan.bundle.json";
    private static final String SEED = "src/main/resources/seed/nk-troops-russia.bundle.json";

    @Test
    void loadsFilesReportsProblemsAndSummarizes(QuarkusMainLauncher launcher) throws IOException {
        Path bad = Files.createTempFile("bad", ".bundle.json");
        Files.writeString(
                bad,
                "{\"actors\": [{\"slug\": \"x\", \"name\": \"X\", \"kind\": \"PERSON\", \"country\": \"atlantis\"}]}");
        Path nul = Files.createTempFile("nul", ".bundle.json");
        Files.writeString(nul, "{\"sources\": [{\"slug\": \"s\", \"title\": \"T\", \"text\": \"A\\u0000B\"}]}");
        LaunchResult result = launcher.launch("ingest", SEED, G7, G7, bad.toString(), nul.toString());
        String out = result.getOutput();
        assertThat(out, result.exitCode(), is(1));
        assertThat(out, containsString("[1/5] " + SEED + "\n  loaded in "));
        assertThat("the seed was loaded at startup", out, containsString("ms: 0 created, 0 updated, 49 unchanged"));
        assertThat(out, containsString("[2/5] " + G7 + "\n  loaded in "));
        assertThat("loading it again changes nothing", out, containsString("ms: 0 created, 0 updated, 25 unchanged"));
        assertThat(out, containsString("[4/5] " + bad + "\n  REJECTED, nothing of it was written (1 problem):"));
        assertThat(out, containsString("    actors[0].country [NOT_FOUND] no actor 'atlantis'"));
        assertThat(out, containsString("[5/5] " + nul + "\n  REJECTED, nothing of it was written (1 problem):"));
        assertThat(
                out,
                containsString("    sources[0].text [VALIDATION] the text has a NUL character (\\u0000) at"
                        + " character 1, which stored text cannot hold: remove it"));
        assertThat(out, containsString("Summary: 5 file(s), 3 loaded, 2 rejected"));
        assertThat(out, containsString("  Statement  created     7  updated     0  unchanged    19"));
    }

    @Test
    void refusesLinksThatLoopNamingTheLoop(QuarkusMainLauncher launcher) throws IOException {
        Path loop = Files.createTempFile("loop", ".bundle.json");
        Files.writeString(loop, """
                {"sources": [{"slug": "cli-loop-report", "title": "Talks", "text": "Talks began. Talks went on."}],
                 "events": [
                   {"slug": "cli-talks-a", "kind": "MEETING", "title": "Talks, first round", "status": "HAPPENED",
                    "partOf": "cli-talks-b", "evidence": [{"text": "Talks began."}]},
                   {"slug": "cli-talks-b", "kind": "MEETING", "title": "Talks", "status": "HAPPENED",
                    "partOf": "cli-talks-a", "evidence": [{"text": "Talks went on."}]}]}""");
        LaunchResult result = launcher.launch("ingest", loop.toString());
        String out = result.getOutput();
        assertThat(out, result.exitCode(), is(1));
        assertThat(
                out,
                containsString("  REJECTED, nothing of it was written (1 problem):\n    events[0].partOf"
                        + " [CYCLE] would close a loop: cli-talks-a partOf cli-talks-b partOf cli-talks-a (an event "
                        + "cannot"
                        + " be part of itself, directly or through others)"));
        assertThat(out, containsString("Summary: 1 file(s), 0 loaded, 1 rejected"));
    }
}
