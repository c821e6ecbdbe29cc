package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Modality of an event (PLOVER modes): whether it happened, is under way, is planned or only supposed.")
public enum EventStatus {
    @Description("It took place and is over.")
    HAPPENED,
    @Description("It is under way at the time of the report.")
    ONGOING,
    @Description("Announced or expected, not yet begun.")
    PLANNED,
    @Description("Only feared, predicted or supposed.")
    HYPOTHETICAL
}
