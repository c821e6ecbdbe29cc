package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an actor plays in an event.")
public enum ParticipantRole {
    @Description("Sends forces or aid (deployment, aid).")
    SENDER,
    @Description("Receives forces, a visitor or a meeting.")
    HOST,
    @Description("One of the parties to a cooperation, agreement or conflict.")
    PARTY,
    @Description("Travels to the host (visit).")
    VISITOR,
    @Description("Takes part (meeting).")
    PARTICIPANT,
    @Description("The one acted against (attack, sanction, combat).")
    TARGET,
    @Description("Organizes or convenes the event.")
    ORGANIZER,
    @Description("Anything else.")
    OTHER
}
