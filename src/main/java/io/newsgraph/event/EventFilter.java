package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("EventFilter")
@Description("Narrows a list of events; all given conditions must hold.")
public record EventFilter(
        @Description("Only events of this kind.") EventKind kind,
        @Description("Only events this actor (slug) takes part in, in any role.") String participant,
        @Description("Only events where this actor (slug) is one of the parties (role PARTY), e.g. of a cooperation.") String party,
        @Description("Only events with this status.") EventStatus status) {
}
