package io.newsgraph.event;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.sql.Sql;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Participant")
@Description("An actor taking part in an event, with the part it plays.")
public class ParticipantNode extends ReadModel {
    static final String COLUMNS = "p.id, p.event_id, p.actor_id, p.role, p.level";

    private final long id;
    final long eventId;
    final long actorId;
    private final ParticipantRole role;
    private final MeetingLevel level;

    ParticipantNode(Object[] row, int at) {
        id = Sql.toLong(row[at]);
        eventId = Sql.toLong(row[at + 1]);
        actorId = Sql.toLong(row[at + 2]);
        role = Sql.toEnum(ParticipantRole.class, row[at + 3]);
        level = Sql.toEnum(MeetingLevel.class, row[at + 4]);
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
