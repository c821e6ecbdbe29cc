package io.newsgraph.location;

import org.eclipse.microprofile.graphql.Description;

@Description("Granularity of a place.")
public enum LocationKind {
    CITY, REGION, COUNTRY, AREA
}
