package io.newsgraph.location;

import org.eclipse.microprofile.graphql.Description;

@Description("Granularity of a place.")
public enum LocationKind {
    @Description("A city or town.")
    CITY,
    @Description("A province, oblast or other region within a country.")
    REGION,
    @Description("A country's territory (the state itself is an Actor).")
    COUNTRY,
    @Description("An area not bound to one country: a sea, a border zone, a front line.")
    AREA
}
