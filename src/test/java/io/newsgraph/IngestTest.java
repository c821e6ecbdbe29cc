package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.graph.error.Problem;
import io.newsgraph.ingest.Bundle;
import io.newsgraph.ingest.BundleIngester;
import io.newsgraph.ingest.BundleReader;
import io.newsgraph.ingest.IngestException;
import io.newsgraph.ingest.IngestReport;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The seed goes through the ingest path; loading it again changes nothing and bad bundles change nothing. */
@QuarkusTest
class IngestTest {
    @Inject
    BundleIngester ingester;

    private static Bundle seed() {
        InputStream in = IngestTest.class.getClassLoader().getResourceAsStream("seed/nk-troops-russia.bundle.json");
        return BundleReader.read(in);
    }

    private static Bundle json(String json) {
        return BundleReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String graphCounts() {
        return Gql.data("{ actors { totalCount } statements { totalCount } events { totalCount } sources { totalCount }"
                        + " locations { totalCount } }")
                .prettify();
    }

    @Test
    void loadingTheSeedAgainChangesNothing() {
        String before = graphCounts();
        IngestReport report = ingester.ingest(seed(), false);
        for (IngestReport.TypeCount count : report.counts()) {
            assertThat(count.type() + " created", count.created(), is(0));
            assertThat(count.type() + " updated", count.updated(), is(0));
        }
        assertThat(report.of("Statement").unchanged(), is(12));
        assertThat(graphCounts(), is(before));
    }

    @Test
    void aSpanNotInTheSourceRejectsTheWholeBundle() {
        String before = graphCounts();
        Bundle bad = json("""
                {"sources": [{"slug": "tiny", "title": "Tiny", "text": "Ukraine’s president spoke."}],
                 "actors": [{"slug": "someone-new", "name": "Someone New", "kind": "PERSON"}],
                 "statements": [{"slug": "tiny-1", "speaker": "volodymyr-zelenskyy", "stance": "REPORT",
                   "subject": {"actor": "someone-new"}, "summary": "x",
                   "evidence": [{"text": "Ukraine's president spoke"}]}]}""");
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(bad, false));
        Problem problem = e.problems().get(0);
        assertThat(problem.path(), is("statements[0].evidence[0].text"));
        assertThat(problem.code(), is("SPAN_NOT_FOUND"));
        assertThat(problem.message(), containsString("’"));
        assertThat(graphCounts(), is(before));
    }

    @Test
    void everyProblemIsListedWithItsPath() {
        Bundle bad = json("""
                {"actors": [{"slug": "Bad Slug", "name": "", "kind": "PERSON"}],
                 "statements": [{"slug": "s-1", "speaker": "nobody", "stance": "CONDEMN",
                   "subject": {"event": "no-event"}, "summary": "x", "evidence": []}]}""");
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(bad, false));
        var paths = e.problems().stream().map(Problem::path).toList();
        assertThat(paths, hasItem("actors[0].slug"));
        assertThat(paths, hasItem("actors[0].name"));
        assertThat(paths, hasItem("statements[0].evidence"));
    }

    @Test
    void unknownPropertiesAreRejected() {
        IngestException e = assertThrows(
                IngestException.class,
                () -> json("{\"actors\": [{\"slug\": \"x\", \"name\": \"X\", \"kind\": \"PERSON\", \"nickname\": "
                        + "\"y\"}]}"));
        assertThat(e.problems().get(0).path(), is("actors[0].nickname"));
        assertThat(
                e.problems().get(0).message(),
                is("unknown property 'nickname'; the properties here are: aliases,"
                        + " country, description, kind, name, parent, slug, wikidataId"));
    }

    @Test
    void valuesOfTheWrongTypeAreNamedInTheBundlesTermsWithoutJavaClassNames() {
        IngestException e = assertThrows(IngestException.class, () -> json("""
                {"events": [{"slug": "x", "kind": "ACCESSION", "title": "X", "status": "HAPPENED"}]}"""));
        assertThat(e.problems().get(0).path(), is("events[0].kind"));
        assertThat(
                e.problems().get(0).message(),
                is("expected one of AGREEMENT, AID, ARMED_CONFLICT, ATTACK,"
                        + " COOPERATION, DEPLOYMENT, ELECTION, MEETING, OTHER, PROTEST, SANCTION, VISIT, got "
                        + "'ACCESSION'"));
        e = assertThrows(IngestException.class, () -> json("""
                {"sources": [{"slug": "x", "title": "X", "text": "X", "publishedOn": "2023-04-04T18:00:00Z"}]}"""));
        assertThat(e.problems().get(0).path(), is("sources[0].publishedOn"));
        assertThat(e.problems().get(0).message(), is("expected a date, YYYY-MM-DD, got '2023-04-04T18:00:00Z'"));
        e = assertThrows(IngestException.class, () -> json("{\"actors\": [{\"slug\": [\"x\"]}]}"));
        assertThat(e.problems().get(0).path(), is("actors[0].slug"));
        assertThat(e.problems().get(0).message(), is("expected a string"));
    }

    @Test
    void dryRunReportsWithoutWriting() {
        String before = graphCounts();
        IngestReport report = ingester.ingest(json("""
                {"actors": [{"slug": "dry-run-actor", "name": "Dry Run Actor", "kind": "GROUP"}]}"""), true);
        assertThat(report.dryRun(), is(true));
        assertThat(report.of("Actor").created(), is(1));
        assertThat(graphCounts(), is(before));
    }
}
