package io.newsgraph.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory postings follow the stored rows: documents added in any order, changed, and deleted. */
class TermIndexTest {
    private final TermIndex index = new TermIndex();

    @Test
    void postingsStayInIdOrderWhateverOrderDocumentsArriveIn() {
        index.apply(List.of(row(7, "kursk 6 troops 4"), row(3, "kursk 10"), row(5, "troops 1")));
        index.apply(List.of(row(1, "kursk 2")));
        assertThat(ids("kursk"), is("[1, 3, 7]"));
        assertThat(weights("kursk"), is("[2, 10, 6]"));
        assertThat(ids("troops"), is("[5, 7]"));
    }

    @Test
    void aChangedDocumentLeavesTheTermsItNoLongerHas() {
        index.apply(List.of(row(1, "kursk 6 troops 4"), row(2, "troops 1")));
        index.apply(List.of(row(1, "kursk 3 pyongyang 8")));
        assertThat(ids("kursk"), is("[1]"));
        assertThat(weights("kursk"), is("[3]"));
        assertThat(ids("troops"), is("[2]"));
        assertThat(ids("pyongyang"), is("[1]"));
    }

    @Test
    void aDeletedDocumentLeavesEveryTerm() {
        index.apply(List.of(row(1, "kursk 6"), row(2, "kursk 1")));
        index.apply(List.of(row(1, "")));
        assertThat(ids("kursk"), is("[2]"));
        index.apply(List.of(row(2, "")));
        assertThat(index.postings(SearchType.STATEMENT, "kursk").size(), is(0));
        assertThat(index.postings(SearchType.ACTOR, "kursk").size(), is(0));
    }

    @Test
    void aOneWordPageReadsPostingsInWeightThenIdOrder() {
        index.apply(List.of(row(1, "kursk 2"), row(2, "kursk 6"), row(3, "kursk 2"), row(4, "kursk 10")));
        assertThat(Arrays.toString(index.postings(SearchType.STATEMENT, "kursk").byWeight()), is("[3, 1, 0, 2]"));
    }

    private static TermIndex.Row row(long id, String terms) {
        return new TermIndex.Row(SearchType.STATEMENT, id, terms);
    }

    private String ids(String term) {
        return Arrays.toString(index.postings(SearchType.STATEMENT, term).ids());
    }

    private String weights(String term) {
        return Arrays.toString(index.postings(SearchType.STATEMENT, term).weights());
    }
}
