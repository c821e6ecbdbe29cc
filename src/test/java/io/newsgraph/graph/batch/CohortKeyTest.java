package io.newsgraph.graph.batch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.graph.relay.Page;
import io.newsgraph.statement.Stance;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortKeyTest {
    @Test
    void keysWithEqualArgumentsAreEqualHoweverTheArgumentsWereMade() {
        List<Stance> stances = new ArrayList<>(List.of(Stance.ASSESS, Stance.URGE));
        CohortKey one = CohortKey.of(
                "statements",
                Page.of(2, null),
                StatementFilter.builder().stanceIn(stances).build(),
                List.of(StatementOrder.CREATED_DESC));
        CohortKey other = CohortKey.of(
                "statements",
                Page.of(2, null),
                StatementFilter.builder()
                        .stanceIn(List.of(Stance.ASSESS, Stance.URGE))
                        .build(),
                new ArrayList<>(List.of(StatementOrder.CREATED_DESC)));
        assertThat(other, equalTo(one));
        assertThat(other.hashCode(), equalTo(one.hashCode()));
        assertThat(CohortKey.of("statements", null, null), equalTo(CohortKey.of("statements", null, null)));
    }

    @Test
    void keysDifferInAnyArgumentAndInTheField() {
        CohortKey key = CohortKey.of("statements", Page.of(2, null), StatementFilter.ofStance(Stance.ASSESS), null);
        assertThat(
                CohortKey.of("statements", Page.of(1, null), StatementFilter.ofStance(Stance.ASSESS), null),
                not(equalTo(key)));
        assertThat(
                CohortKey.of("statements", Page.of(2, null), StatementFilter.ofStance(Stance.URGE), null),
                not(equalTo(key)));
        assertThat(
                CohortKey.of(
                        "statements",
                        Page.of(2, null),
                        StatementFilter.ofStance(Stance.ASSESS),
                        List.of(StatementOrder.CREATED_DESC)),
                not(equalTo(key)));
        assertThat(
                CohortKey.of("statementsAbout", Page.of(2, null), StatementFilter.ofStance(Stance.ASSESS), null),
                not(equalTo(key)));
        assertThat(
                CohortKey.of("statements", Page.of(2, null), StatementFilter.ofStance(Stance.ASSESS)),
                not(equalTo(key)));
    }

    @Test
    void argumentsComparedByIdentityAreRefusedAndTheKeyCannotChangeLater() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CohortKey.of("statements", new Object()));
        assertThat(refused.getMessage(), containsString("java.lang.Object"));
        assertThrows(IllegalArgumentException.class, () -> CohortKey.of("statements", List.of(new StringBuilder())));

        List<Object> arguments = new ArrayList<>(List.of("a"));
        CohortKey key = new CohortKey("field", arguments);
        arguments.add("b");
        assertThat(key, equalTo(CohortKey.of("field", "a")));
        assertThrows(UnsupportedOperationException.class, () -> key.arguments().add("c"));
    }
}
