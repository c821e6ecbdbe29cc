package io.newsgraph.live;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.history.ChangeSet;
import io.newsgraph.history.Operation;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The PostgreSQL payloads of a write stay under the 8000-byte limit however large it is, and lose nothing. */
class ChangeNotificationsTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-02T03:04:05.123Z");

    @Test
    void aSmallWriteIsOnePayloadThatDecodesToTheSameChange() {
        ChangeSet changes = new ChangeSet(
                AT,
                "editor",
                "createStatement",
                List.of(
                        new ChangeSet.Changed("Statement", Operation.CREATE, List.of(42L)),
                        new ChangeSet.Changed("Actor", Operation.UPDATE, List.of(7L, 9L, 8L))));
        List<String> payloads = ChangeNotifications.encode(changes, 50);
        assertThat(payloads.size(), is(1));
        LiveChange decoded = ChangeNotifications.decode(payloads.get(0));
        assertThat(decoded.change(), is(LiveChange.of(changes, 50).change()));
        assertThat(decoded.addedStatements(), is(List.of(42L)));
    }

    @Test
    void aHugeWriteIsSplitWithExactCountsCappedIdsAndEveryCreatedStatement() {
        // 200,000 statements in runs of 7 ids with gaps, so the ranges do not collapse into one
        List<Long> statements =
                LongStream.range(0, 200_000).map(i -> 1000 + i + i / 7).boxed().toList();
        List<Long> actors = LongStream.range(0, 5000).map(i -> i * 2).boxed().toList();
        ChangeSet changes = new ChangeSet(
                AT,
                "editor",
                "ingestBundle bundle:" + "x".repeat(2000),
                List.of(
                        new ChangeSet.Changed("Actor", Operation.CREATE, actors),
                        new ChangeSet.Changed("Statement", Operation.CREATE, statements)));
        List<String> payloads = ChangeNotifications.encode(changes, 50);
        assertThat(payloads.size(), greaterThan(1));
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            assertThat(payloads.get(i).getBytes(StandardCharsets.UTF_8).length, lessThanOrEqualTo(7900));
            LiveChange decoded = ChangeNotifications.decode(payloads.get(i));
            if (i == 0) {
                GraphChange head = decoded.change();
                assertThat(head.changes().get(0).count(), is(5000));
                assertThat(head.changes().get(0).ids().size(), is(50));
                assertThat(head.changes().get(0).ids().get(1), is(GlobalId.of("Actor", 2)));
                assertThat(head.changes().get(1).count(), is(200_000));
                assertThat(head.via().length(), is(500));
            } else {
                assertThat("continuations carry statements only", decoded.change(), nullValue());
            }
            added.addAll(decoded.addedStatements());
        }
        assertThat(added, is(statements));
        System.out.printf("200,000 created statements in %d notifications%n", payloads.size());
    }

    @Test
    void idRangesRoundTrip() {
        assertThat(IdRanges.of(List.of(5L, 1L, 2L, 3L, 9L, 10L)), is(List.of("1-3", "5", "9-10")));
        assertThat(IdRanges.parse("1-3,5,9-10"), is(List.of(1L, 2L, 3L, 5L, 9L, 10L)));
        assertThat(IdRanges.parse(""), is(List.of()));
    }
}
