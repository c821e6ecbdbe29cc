package io.newsgraph.filter;

import io.newsgraph.event.EventFilter;
import org.eclipse.microprofile.graphql.Description;

@Description("Conditions on related events: at least one matches (`some`), none matches (`none`), all match (`every`).")
public record EventQuantifier(EventFilter some, EventFilter none, EventFilter every) {}
