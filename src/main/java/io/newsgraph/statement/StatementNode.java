package io.newsgraph.statement;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Row;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Statement")
@Description("Something an actor said about an event or another actor: who, with what stance, about what, to whom, "
        + "in which words, and the evidence in the source text.")
public class StatementNode extends ReadModel implements Node {
    static final String COLUMNS = Statement.COLUMNS.select();

    private final long id;
    private final String slug;
    final long speakerId;
    private final Stance stance;
    final Long subjectEventId;
    final Long subjectActorId;
    final Long addresseeId;
    private final String quote;
    private final String summary;
    private final LocalDate madeOn;
    private final Modality modality;

    StatementNode(Object[] values, int at) {
        this(Statement.COLUMNS.row(values, at));
    }

    StatementNode(Row row) {
        id = row.id("id");
        slug = row.text("slug");
        speakerId = row.id("speaker_id");
        stance = row.enumOf(Stance.class, "stance");
        subjectEventId = row.ref("subject_event_id");
        subjectActorId = row.ref("subject_actor_id");
        addresseeId = row.ref("addressee_id");
        quote = row.text("quote");
        summary = row.text("summary");
        madeOn = row.date("made_on");
        modality = row.enumOf(Modality.class, "modality");
    }

    @Override
    public long dbId() {
        return id;
    }

    @Id
    @NonNull
    @Override
    @Description("Opaque global id; fetch the object again with `node(id:)`.")
    public String getId() {
        return GlobalId.of("Statement", id);
    }

    @NonNull
    @Description("Stable natural key of the statement.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("What the speaker does: condemns, warns, urges ...")
    public Stance getStance() {
        return stance;
    }

    @Description("The speaker's exact words when the source quotes them, e.g. `very dangerous`.")
    public String getQuote() {
        return quote;
    }

    @NonNull
    @Description("What was said, in a sentence.")
    public String getSummary() {
        return summary;
    }

    @Description("Day it was said, when the source gives it.")
    public LocalDate getMadeOn() {
        return madeOn;
    }

    @NonNull
    @Description("Assertion, prediction, plan, commitment, condition, denial or hypothesis.")
    public Modality getModality() {
        return modality;
    }

    @NonNull
    @Description("CAMEO code of the stance, e.g. `111` for CONDEMN.")
    public String getCameoCode() {
        return stance.cameo();
    }
}
