package io.newsgraph.filter;

import io.newsgraph.actor.ActorFilter;
import org.eclipse.microprofile.graphql.Description;

@Description("Conditions on related actors: at least one matches (`some`), none matches (`none`), all match (`every`).")
public record ActorQuantifier(ActorFilter some, ActorFilter none, ActorFilter every) {}
