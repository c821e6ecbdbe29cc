package io.newsgraph.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.http.Admission.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running places, the waiting line in arrival order, its bound, and releases that do not count twice. */
class AdmissionTest {
    private final Admission<String> admission = new Admission<>(2, 2);

    @Test
    void tasksBeyondTheLimitWaitAndRunInArrivalOrder() {
        assertThat(admission.admit("a"), is(Outcome.RUN));
        assertThat(admission.admit("b"), is(Outcome.RUN));
        assertThat(admission.admit("c"), is(Outcome.WAIT));
        assertThat(admission.admit("d"), is(Outcome.WAIT));
        assertThat(admission.release("b"), is("c"));
        assertThat(admission.release("a"), is("d"));
        assertThat(admission.runningNow(), is(List.of("c", "d")));
        assertThat(admission.waiting(), is(0));
    }

    @Test
    void aFullLineRefusesAndAReleaseMakesRoomAgain() {
        List.of("a", "b", "c", "d").forEach(admission::admit);
        assertThat(admission.admit("e"), is(Outcome.REFUSED));
        admission.release("a");
        assertThat(admission.admit("e"), is(Outcome.WAIT));
        assertThat(admission.running(), is(2));
        assertThat(admission.waiting(), is(2));
    }

    @Test
    void aSecondReleaseOrTheReleaseOfAWaitingTaskChangesNothing() {
        List.of("a", "b", "c", "d").forEach(admission::admit);
        assertThat(admission.release("a"), is("c"));
        assertThat(admission.release("a"), nullValue());
        assertThat(admission.release("d"), nullValue());
        assertThat(admission.runningNow(), is(List.of("b", "c")));
        assertThat(admission.waiting(), is(1));
        admission.release("b");
        admission.release("c");
        admission.release("d");
        assertThat(admission.running(), is(0));
        assertThat(admission.admit("e"), is(Outcome.RUN));
    }
}
