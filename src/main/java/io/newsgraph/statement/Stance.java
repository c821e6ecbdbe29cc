package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("What a speaker does with a statement. Each stance maps to a CAMEO code and a PLOVER type; see "
        + "docs/data-model.md.")
public enum Stance {
    @Description("States a fact or a number (CAMEO 010).")
    REPORT("010"),
    @Description("Announces a decision or a plan (CAMEO 010/014).")
    ANNOUNCE("010"),
    @Description("Voices concern or worry (CAMEO 012; PLOVER ACCUSE·disapprove when aimed at an act).")
    EXPRESS_CONCERN("012"),
    @Description("Warns of a consequence (CAMEO 012, or 130 when coercive; PLOVER THREATEN).")
    WARN("012"),
    @Description("Describes what something is, e.g. 'very dangerous' (CAMEO 012/010).")
    CHARACTERIZE("012"),
    @Description("Interprets or evaluates what it means (CAMEO 010).")
    ASSESS("010"),
    @Description("Criticizes or denounces (CAMEO 111; PLOVER ACCUSE·disapprove).")
    CONDEMN("111"),
    @Description("Accuses of wrongdoing (CAMEO 112; PLOVER ACCUSE·allege).")
    ACCUSE("112"),
    @Description("Appeals to someone to act (CAMEO 020/022; PLOVER REQUEST).")
    URGE("020"),
    @Description("Demands (CAMEO 10; PLOVER REQUEST).")
    DEMAND("100"),
    @Description("Says it will consider or prepare a response (CAMEO 014).")
    CONSIDER_RESPONSE("014"),
    @Description("Threatens (CAMEO 130/138; PLOVER THREATEN).")
    THREATEN("130"),
    @Description("Supports or praises (CAMEO 051; PLOVER SUPPORT).")
    SUPPORT("051"),
    @Description("Rejects or denies (CAMEO 12/016; PLOVER REJECT).")
    REJECT("120");

    private final String cameo;

    Stance(String cameo) {
        this.cameo = cameo;
    }

    public String cameo() {
        return cameo;
    }
}
