package io.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Who is who in a generated graph: actor names and kinds by id, and per state its bodies, people and places. */
final class Cast {
    final String[] names;
    final String[] kinds;
    /** Index into {@link #states} of the state an actor belongs to, -1 for none (international organizations). */
    final int[] stateOf;

    final List<State> states = new ArrayList<>();
    final List<Long> persons = new ArrayList<>();
    final List<Long> organizations = new ArrayList<>();
    final List<Long> igos = new ArrayList<>();
    final List<Long> areas = new ArrayList<>();
    /** Actor ids, the most talkative first: a weighted random order where states and leaders rank high. */
    long[] bySalience;

    static final class State {
        final int index;
        final long actorId;
        final String name;
        final String adjective;
        long countryLocation;
        final List<Long> bodies = new ArrayList<>();
        final List<Long> militaries = new ArrayList<>();
        final List<Long> persons = new ArrayList<>();
        final List<Long> places = new ArrayList<>();
        final List<Long> regions = new ArrayList<>();

        State(int index, long actorId, String name) {
            this.index = index;
            this.actorId = actorId;
            this.name = name;
            this.adjective = Vocabulary.adjective(name);
        }
    }

    Cast(int actors) {
        names = new String[actors + 1];
        kinds = new String[actors + 1];
        stateOf = new int[actors + 1];
    }

    String name(long actorId) {
        return names[(int) actorId];
    }

    State stateOf(long actorId) {
        int index = stateOf[(int) actorId];
        return index < 0 ? null : states.get(index);
    }

    State randomState(SplittableRandom rnd) {
        return states.get(rnd.nextInt(states.size()));
    }

    State otherState(SplittableRandom rnd, State not) {
        State other = randomState(rnd);
        return other == not && states.size() > 1 ? states.get((other.index + 1) % states.size()) : other;
    }

    /** An actor drawn with a heavy skew: a few actors say most things, as in the news. */
    long salient(SplittableRandom rnd, double skew) {
        double u = rnd.nextDouble();
        return bySalience[(int) (Math.pow(u, skew) * bySalience.length)];
    }
}
