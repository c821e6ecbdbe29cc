package io.newsgraph.statement;

import io.newsgraph.graph.batch.ReadModel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One group of `statementStats`: the grouping keys asked for, and how many statements share them. Keys "
        + "not asked for are null.")
public class StatementGroup extends ReadModel {
    private final long index;
    private final int count;
    private final Stance stance;
    private final Modality modality;
    private final String month;
    final Long speakerId;
    final Long speakerCountryId;
    final Long subjectEventId;
    final Long subjectActorId;

    StatementGroup(
            long index,
            int count,
            Stance stance,
            Modality modality,
            String month,
            Long speakerId,
            Long speakerCountryId,
            Long subjectEventId,
            Long subjectActorId) {
        this.index = index;
        this.count = count;
        this.stance = stance;
        this.modality = modality;
        this.month = month;
        this.speakerId = speakerId;
        this.speakerCountryId = speakerCountryId;
        this.subjectEventId = subjectEventId;
        this.subjectActorId = subjectActorId;
    }

    @Override
    public long dbId() {
        return index;
    }

    @NonNull
    @Description("Statements in this group.")
    public int getCount() {
        return count;
    }

    public Stance getStance() {
        return stance;
    }

    public Modality getModality() {
        return modality;
    }

    @Description("`YYYY-MM`, or null for undated statements (or when not grouped by MONTH).")
    public String getMonth() {
        return month;
    }
}
