package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("The field two or more actors cooperate in.")
public enum CooperationDomain {
    @Description("Troops, weapons, training, joint operations.")
    MILITARY,
    @Description("Political ties, talks, joint positions.")
    DIPLOMATIC,
    @Description("Trade, finance, investment.")
    ECONOMIC,
    @Description("Policing, border and internal security.")
    SECURITY,
    @Description("Intelligence sharing.")
    INTELLIGENCE,
    @Description("Technology transfer, space, nuclear.")
    TECHNOLOGICAL,
    @Description("Oil, gas, power.")
    ENERGY,
    @Description("Aid to civilians.")
    HUMANITARIAN,
    @Description("Anything else.")
    OTHER
}
