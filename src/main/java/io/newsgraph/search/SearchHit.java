package io.newsgraph.search;

import io.newsgraph.graph.batch.ReadModel;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One search result: what was found, how well it matches, and the matching words in context.")
public class SearchHit extends ReadModel {
    private final long rank;
    final SearchType type;
    final long docId;
    private final double score;
    final List<String> terms;

    SearchHit(long rank, SearchType type, long docId, double score, List<String> terms) {
        this.rank = rank;
        this.type = type;
        this.docId = docId;
        this.score = score;
        this.terms = terms;
    }

    @Override
    public long dbId() {
        return rank;
    }

    @NonNull
    @Description("Relevance: the weight of the matched words in this document (names 10, titles 8, quotes 6 ... full "
            + "texts 1; on PostgreSQL its ts_rank with the weights in four classes) times the share of the query's "
            + "words matched. Results come in descending score; compare scores within one search only.")
    public double getScore() {
        return score;
    }

    @NonNull
    @Description("What kind of thing matched.")
    public SearchType getType() {
        return type;
    }
}
