package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("The mood of what is said (PLOVER modes): a plain assertion or something weaker or future.")
public enum Modality {
    @Description("Said as fact.")
    ASSERTED,
    @Description("A forecast: something would or will happen.")
    PREDICTION,
    @Description("Something the speaker plans to do.")
    PLAN,
    @Description("Something the speaker commits to do ('will monitor and consider').")
    COMMITMENT,
    @Description("Holds only under a condition.")
    CONDITION,
    @Description("A denial: says something is not so.")
    DENIAL,
    @Description("A supposition or fear of what could happen.")
    HYPOTHETICAL
}
