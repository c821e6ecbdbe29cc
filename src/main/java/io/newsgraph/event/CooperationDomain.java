package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("The field two or more actors cooperate in.")
public enum CooperationDomain {
    MILITARY, DIPLOMATIC, ECONOMIC, SECURITY, INTELLIGENCE, TECHNOLOGICAL, ENERGY, HUMANITARIAN, OTHER
}
