package io.newsgraph.bench;

import io.newsgraph.bench.SyntheticGraph.Claim;
import io.newsgraph.bench.SyntheticGraph.FactKind;
import io.newsgraph.bench.SyntheticGraph.StatementRow;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates statements: skewed speakers (a few actors say most things), subjects mostly recent or "hot" events and
 * otherwise actors, some addressees, quotes, dates following the sources they are reported in.
 */
final class StatementBuilder {
    private static final Weighted STANCES = new Weighted(
            "REPORT",
            14,
            "ANNOUNCE",
            6,
            "EXPRESS_CONCERN",
            10,
            "WARN",
            8,
            "CHARACTERIZE",
            9,
            "ASSESS",
            8,
            "CONDEMN",
            10,
            "ACCUSE",
            6,
            "URGE",
            8,
            "DEMAND",
            4,
            "CONSIDER_RESPONSE",
            3,
            "THREATEN",
            3,
            "SUPPORT",
            8,
            "REJECT",
            3);
    private static final Weighted MODALITIES = new Weighted(
            "ASSERTED",
            70,
            "PREDICTION",
            8,
            "PLAN",
            5,
            "COMMITMENT",
            6,
            "CONDITION",
            3,
            "DENIAL",
            4,
            "HYPOTHETICAL",
            4);
    /** Per stance: how a summary says it (present) and how a report words it (past). */
    private static final Map<String, String[]> VERBS = Map.ofEntries(
            Map.entry("REPORT", new String[] {"reports on", "reported on"}),
            Map.entry("ANNOUNCE", new String[] {"announces measures over", "announced measures over"}),
            Map.entry("EXPRESS_CONCERN", new String[] {"expresses concern about", "expressed serious concern about"}),
            Map.entry("WARN", new String[] {"warns about", "warned about"}),
            Map.entry("CHARACTERIZE", new String[] {"characterizes", "characterized"}),
            Map.entry("ASSESS", new String[] {"assesses", "assessed"}),
            Map.entry("CONDEMN", new String[] {"condemns", "condemned"}),
            Map.entry("ACCUSE", new String[] {"levels accusations over", "leveled accusations over"}),
            Map.entry("URGE", new String[] {"urges action on", "urged action on"}),
            Map.entry("DEMAND", new String[] {"demands an end to", "demanded an end to"}),
            Map.entry(
                    "CONSIDER_RESPONSE",
                    new String[] {"considers a response to", "said it would consider a response to"}),
            Map.entry("THREATEN", new String[] {"threatens retaliation over", "threatened retaliation over"}),
            Map.entry("SUPPORT", new String[] {"supports", "voiced support for"}),
            Map.entry("REJECT", new String[] {"rejects", "rejected"}));

    private final SyntheticGraph graph;
    private final SplittableRandom rnd;
    private final Cast cast;
    private final Newsroom newsroom;
    private final EventBuilder events;
    private final int[] hotEvents;

    StatementBuilder(SyntheticGraph graph, SplittableRandom rnd, Cast cast, Newsroom newsroom, EventBuilder events) {
        this.graph = graph;
        this.rnd = rnd;
        this.cast = cast;
        this.newsroom = newsroom;
        this.events = events;
        int eventCount = events.startDays.length;
        hotEvents = eventCount == 0
                ? new int[0]
                : rnd.ints(Math.max(1, eventCount / 100), 0, eventCount)
                        .sorted()
                        .toArray();
    }

    void build(int count) {
        for (long id = 1; id <= count; id++) {
            statement(id);
        }
    }

    private void statement(long id) {
        int source = newsroom.anySource();
        LocalDate reported = newsroom.publishedOn(source);
        LocalDate madeOn = rnd.nextInt(20) == 0 ? null : reported.minusDays(rnd.nextInt(3));
        long speaker = cast.salient(rnd, 2.5);
        String stance = STANCES.draw(rnd);
        Long subjectEvent = null;
        Long subjectActor = null;
        int event = rnd.nextInt(10) < 7 ? eventBefore(madeOn == null ? reported : madeOn) : -1;
        String subject;
        if (event >= 0) {
            subjectEvent = (long) event + 1;
            subject = events.references[event];
        } else {
            long actor = cast.salient(rnd, 2.0);
            subjectActor = actor == speaker ? cast.randomState(rnd).actorId : actor;
            subject = cast.name(subjectActor);
        }
        boolean asks = "URGE".equals(stance) || "DEMAND".equals(stance);
        Long addressee = rnd.nextInt(100) < (asks ? 60 : 10) ? addressee(speaker) : null;
        String quote = rnd.nextInt(100) < 45 ? Vocabulary.quote(rnd) : null;
        String[] verbs = VERBS.get(stance);
        String to = addressee == null
                ? ""
                : asks
                        ? " and calls on " + cast.name(addressee) + " to act"
                        : " in remarks addressed to " + cast.name(addressee);
        String summary = cast.name(speaker) + " " + verbs[0] + " " + subject + to + ".";
        String sentence = cast.name(speaker) + " " + verbs[1] + " " + subject + to + " "
                + Vocabulary.pick(rnd, Vocabulary.DATE_PHRASES)
                + (quote == null ? "" : ", calling it \"" + quote + "\"")
                + ".";
        String slug = graph.actors.get((int) speaker - 1).slug() + "-"
                + stance.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id;
        graph.statements.add(new StatementRow(
                id,
                slug,
                speaker,
                stance,
                subjectEvent,
                subjectActor,
                addressee,
                quote,
                summary,
                madeOn,
                MODALITIES.draw(rnd)));
        graph.claims.add(new Claim(source, sentence, FactKind.STATEMENT, id));
    }

    /** An event started by the day: a third of the time one of the few hot stories, otherwise mostly recent ones. */
    private int eventBefore(LocalDate day) {
        int dayIndex = (int) (day.toEpochDay() - Newsroom.FIRST_DAY.toEpochDay());
        int started = upperBound(events.startDays, dayIndex);
        if (started == 0) {
            return -1;
        }
        if (rnd.nextInt(3) == 0) {
            int hot = hotEvents[rnd.nextInt(hotEvents.length)];
            if (hot < started) {
                return hot;
            }
        }
        return started - 1 - (int) (Math.pow(rnd.nextDouble(), 3) * started);
    }

    private Long addressee(long speaker) {
        long actor = rnd.nextInt(5) == 0 && !cast.igos.isEmpty()
                ? Vocabulary.pick(rnd, cast.igos)
                : cast.randomState(rnd).actorId;
        return actor == speaker ? null : actor;
    }

    private static int upperBound(int[] sorted, int value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index < sorted.length && sorted[index] == value) {
            index++;
        }
        return index;
    }
}
