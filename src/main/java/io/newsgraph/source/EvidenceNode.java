package io.newsgraph.source;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Sql;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Evidence")
@Description("The exact span of a source's text that supports a fact (W3C Web Annotation TextQuoteSelector and "
        + "TextPositionSelector). Offsets count UTF-16 code units from 0; `start` inclusive, `end` exclusive, so "
        + "`source.text.substring(start, end) == text`.")
public class EvidenceNode extends ReadModel {
    static final String COLUMNS = "ev.id, ev.source_id, ev.quote, ev.start_offset, ev.end_offset";

    private final long id;
    final long sourceId;
    private final String text;
    private final int start;
    private final int end;

    EvidenceNode(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        sourceId = Sql.toLong(row[at + 1]);
        text = Sql.str(row[at + 2]);
        start = ((Number) row[at + 3]).intValue();
        end = ((Number) row[at + 4]).intValue();
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
