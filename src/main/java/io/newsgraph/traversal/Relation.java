package io.newsgraph.traversal;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of relationship the graph queries walk.")
public enum Relation {
    @Description("A speaker and what a statement of theirs is about (label: the stance).")
    STATEMENT,
    @Description("A speaker and the actor a statement was addressed to (label: the stance).")
    ADDRESSEE,
    @Description("An actor and an event it takes part in (label: its part, e.g. PARTY, SENDER).")
    PARTICIPANT,
    @Description("A person and the organization they hold a position in (label: the title).")
    ROLE,
    @Description("An actor and the state it belongs to or the body it is part of (label: COUNTRY or PARENT).")
    MEMBERSHIP,
    @Description("An event and the event it follows or is part of (label: FOLLOWS or PART_OF).")
    EVENT_LINK,
    @Description("An actor and the deployment it reported a troop estimate for (label: the troops).")
    ESTIMATE
}
