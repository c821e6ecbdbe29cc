package io.newsgraph.event;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Participant")
@Description("An actor taking part in an event, with the part it plays.")
public class ParticipantNode extends ReadModel {
    static final String COLUMNS = Participant.COLUMNS.select();

    private final long id;
    final long eventId;
    final long actorId;
    private final ParticipantRole role;
    private final MeetingLevel level;

    ParticipantNode(Object[] values, int at) {
        this(Participant.COLUMNS.row(values, at));
    }

    ParticipantNode(Row row) {
        id = row.id("id");
        eventId = row.id("event_id");
        actorId = row.id("actor_id");
        role = row.enumOf(ParticipantRole.class, "role");
        level = row.enumOf(MeetingLevel.class, "level");
    }

    @Override
    public long dbId() {
        return id;
    }

    @NonNull
    @Description("Its part: sender, host, party, visitor, participant, target ...")
    public ParticipantRole getRole() {
        return role;
    }

    @Description("Level of its delegation, for meetings.")
    public MeetingLevel getLevel() {
        return level;
    }
}
