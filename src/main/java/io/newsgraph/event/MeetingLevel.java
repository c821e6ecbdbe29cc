package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Seniority at which a meeting is held or an actor takes part in it.")
public enum MeetingLevel {
    @Description("Heads of state or government (a summit).")
    LEADERS,
    @Description("Ministers (foreign ministers' talks, strategic dialogue).")
    MINISTERIAL,
    @Description("Senior officials, deputies, envoys.")
    SENIOR_OFFICIALS,
    @Description("Experts and working groups.")
    WORKING_LEVEL
}
