package io.newsgraph.graph.batch;

/**
 * A read-model object that knows the siblings it was loaded with, so a nested field can be fetched for all of
 * them in one query the first time any of them asks (see {@link Cohort}).
 */
public abstract class ReadModel {
    private Cohort cohort;

    /** Database key used to match batched results back to this object. */
    public abstract long dbId();

    /** The time this object was read as of (null: now); its nested lists are read as of the same time. */
    public java.time.OffsetDateTime asOf() {
        return cohort().asOf();
    }

    Cohort cohort() {
        if (cohort == null) {
            Cohort.of(java.util.List.of(this));
        }
        return cohort;
    }

    void joinCohort(Cohort cohort) {
        this.cohort = cohort;
    }
}
