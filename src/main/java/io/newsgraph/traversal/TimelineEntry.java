package io.newsgraph.traversal;

import io.newsgraph.graph.batch.ReadModel;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("A dated item of a timeline: a statement (dated by when it was made) or an event (by when it started).")
public class TimelineEntry extends ReadModel {
    private final long index;
    final boolean event;
    final long id;
    private final LocalDate date;

    TimelineEntry(long index, boolean event, long id, LocalDate date) {
        this.index = index;
        this.event = event;
        this.id = id;
        this.date = date;
    }

    @Override
    public long dbId() {
        return index;
    }

    @Description("The day; null when the source gives none (undated entries come last).")
    public LocalDate getDate() {
        return date;
    }
}
