package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("How exact a reported number is.")
public enum EstimateQualifier {
    @Description("Given as an exact number.")
    EXACT,
    @Description("'about', 'estimated at', 'some'.")
    ABOUT,
    @Description("'at least', 'more than'.")
    AT_LEAST,
    @Description("'up to', 'at most'.")
    AT_MOST
}
