package io.newsgraph.source;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Evidence")
@Description("The exact span of a source's text that supports a fact (W3C Web Annotation TextQuoteSelector and "
        + "TextPositionSelector). Offsets count UTF-16 code units from 0; `start` inclusive, `end` exclusive, so "
        + "`source.text.substring(start, end) == text`.")
public class EvidenceNode extends ReadModel {
    static final String COLUMNS = Evidence.COLUMNS.select();

    private final long id;
    final long sourceId;
    private final String text;
    private final int start;
    private final int end;

    EvidenceNode(Object[] values, int at) {
        this(Evidence.COLUMNS.row(values, at));
    }

    EvidenceNode(Row row) {
        id = row.id("id");
        sourceId = row.id("source_id");
        text = row.text("quote");
        start = row.integer("start_offset");
        end = row.integer("end_offset");
    }

    @Override
    public long dbId() {
        return id;
    }

    @NonNull
    @Description("The supporting words, verbatim.")
    public String getText() {
        return text;
    }

    @NonNull
    @Description("Offset of the first character in the source text (UTF-16 code units, 0-based).")
    public int getStart() {
        return start;
    }

    @NonNull
    @Description("Offset just past the last character (exclusive).")
    public int getEnd() {
        return end;
    }
}
