package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened. DEPLOYMENT, COOPERATION, VISIT and MEETING have object types of their own; "
        + "every other kind is served as GenericEvent.")
public enum EventKind {
    @Description("Forces of one actor stationed with another (CAMEO 062/072, PLOVER AID·military or MOBILIZE).")
    DEPLOYMENT,
    @Description("Two or more actors cooperating (CAMEO 06x, PLOVER COOPERATE).")
    COOPERATION,
    @Description("An official visit (CAMEO 042/043, PLOVER CONSULT·visit).")
    VISIT,
    @Description("A summit, talks or a strategic dialogue (CAMEO 040/044/046, PLOVER CONSULT).")
    MEETING,
    @Description("Fighting between armed parties (CAMEO 19x, PLOVER ASSAULT/FIGHT).")
    ARMED_CONFLICT,
    @Description("A single attack (CAMEO 18x/19x).")
    ATTACK,
    @Description("Sanctions or embargoes (CAMEO 163, PLOVER SANCTION).")
    SANCTION,
    @Description("Military, economic or humanitarian aid (CAMEO 07x, PLOVER AID).")
    AID,
    @Description("A signed agreement or treaty (CAMEO 057, PLOVER AGREE).")
    AGREEMENT,
    @Description("A protest or demonstration (CAMEO 14x, PLOVER PROTEST).")
    PROTEST,
    @Description("An election or referendum.")
    ELECTION,
    @Description("Any other event.")
    OTHER;

    /** The GraphQL object type an event of this kind is served as. */
    public String typeName() {
        return switch (this) {
            case DEPLOYMENT -> "Deployment";
            case COOPERATION -> "Cooperation";
            case VISIT -> "Visit";
            case MEETING -> "Meeting";
            default -> "GenericEvent";
        };
    }
}
