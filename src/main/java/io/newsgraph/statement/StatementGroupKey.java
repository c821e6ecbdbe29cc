package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("What to group statements by in `statementStats`.")
public enum StatementGroupKey {
    @Description("The speaker.")
    SPEAKER,
    @Description("The stance.")
    STANCE,
    @Description("The modality.")
    MODALITY,
    @Description("What the statement is about (event or actor).")
    SUBJECT,
    @Description("The state the speaker belongs to (a state speaking for itself counts as its own).")
    SPEAKER_COUNTRY,
    @Description("Calendar month the statement was made in, `YYYY-MM`; undated statements form their own group.")
    MONTH
}
