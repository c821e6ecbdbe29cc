package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of actor this is (CAMEO actor roles: GOV, MIL, MED, IGO ...).")
public enum ActorKind {
    @Description("A sovereign state (CAMEO country code, e.g. PRK, RUS, USA).")
    STATE,
    @Description("A named person.")
    PERSON,
    @Description("A government department, ministry or agency (CAMEO GOV).")
    GOVERNMENT_BODY,
    @Description("Armed forces or a unit of them (CAMEO MIL).")
    MILITARY,
    @Description("An international or intergovernmental organization or alliance (CAMEO IGO).")
    INTERNATIONAL_ORGANIZATION,
    @Description("A news outlet or state media (CAMEO MED).")
    MEDIA,
    @Description("A group of unnamed people the report cites collectively, e.g. 'officials'.")
    GROUP,
    @Description("Anything else: a company, party or non-state armed group.")
    OTHER
}
