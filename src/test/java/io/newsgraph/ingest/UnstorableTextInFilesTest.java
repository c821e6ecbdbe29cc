package io.newsgraph.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.graph.error.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bundle files (the command line, the bundled dataset) are read with the text check of the API: a NUL or a lone UTF-16
 * surrogate, which JSON can write as an escape, is a problem at its path, and the bundled dataset refuses to load.
 */
class UnstorableTextInFilesTest {

    private static Problem problem(String json) {
        IngestException e = assertThrows(
                IngestException.class,
                () -> BundleReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.problems().size(), is(1));
        return e.problems().get(0);
    }

    @Test
    void aNulOrALoneSurrogateIsAProblemAtItsPath() {
        Problem nul = problem("{\"sources\": [{\"slug\": \"s\", \"title\": \"T\", \"text\": \"ok\"},"
                + " {\"slug\": \"t\", \"title\": \"T\", \"text\": \"A\\u0000B\"}]}");
        assertThat(nul.path(), is("sources[1].text"));
        assertThat(nul.code(), is("VALIDATION"));
        assertThat(
                nul.message(),
                is("the text has a NUL character (\\u0000) at character 1, which stored text cannot"
                        + " hold: remove it"));
        Problem high =
                problem("{\"actors\": [{\"slug\": \"kim\", \"name\": \"Kim \\ud800\"," + " \"kind\": \"PERSON\"}]}");
        assertThat(high.path(), is("actors[0].name"));
        assertThat(high.message(), containsString("a lone UTF-16 surrogate (\\ud800, a high one with no low one"));
        Problem inList = problem("{\"actors\": [{\"slug\": \"kim\", \"name\": \"Kim\", \"kind\": \"PERSON\","
                + " \"aliases\": [\"K\", \"\\udc00\"]}]}");
        assertThat(inList.path(), is("actors[0].aliases[1]"));
        String pair = "{\"actors\": [{\"slug\": \"kim\", \"name\": \"Kim \\ud83d\\ude00\", \"kind\": \"PERSON\"}]}";
        assertThat(
                BundleReader.read(new ByteArrayInputStream(pair.getBytes(StandardCharsets.UTF_8)))
                        .actors()
                        .get(0)
                        .name(),
                is("Kim \ud83d\ude00"));
    }

    @Test
    void theBundledDatasetRefusesToLoadSuchAFileAndSaysWhich() {
        SeedLoader loader = new SeedLoader();
        loader.config = new SeedConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public List<String> bundles() {
                return List.of("unstorable/nul-in-alias.bundle.json");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loader.onStart(null));
        assertThat(
                e.getMessage(),
                containsString("The bundled dataset unstorable/nul-in-alias.bundle.json was"
                        + " refused and nothing of it was loaded"));
        assertThat(e.getMessage(), containsString("actors[0].aliases[1]: the text has a NUL character"));
    }
}
