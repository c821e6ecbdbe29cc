package io.newsgraph.bench;

import io.newsgraph.bench.SyntheticGraph.ActorRow;
import io.newsgraph.bench.SyntheticGraph.LocationRow;
import io.newsgraph.bench.SyntheticGraph.RoleRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Generates actors (states with their bodies, militaries, media and people, international organizations), places and
 * roles.
 */
final class CastBuilder {
    private static final Map<String, Double> SALIENCE = Map.of(
            "STATE",
            8.0,
            "PERSON",
            3.0,
            "GOVERNMENT_BODY",
            3.0,
            "INTERNATIONAL_ORGANIZATION",
            4.0,
            "MEDIA",
            2.0,
            "MILITARY",
            1.5,
            "GROUP",
            2.0);

    private final SyntheticGraph graph;
    private final SplittableRandom rnd;
    private final Cast cast;
    private final int total;
    private final Newsroom newsroom;
    private final Set<String> usedNames = new HashSet<>();
    private long nextId;

    CastBuilder(SyntheticGraph graph, SplittableRandom rnd, int actors, Newsroom newsroom) {
        this.graph = graph;
        this.rnd = rnd;
        this.newsroom = newsroom;
        this.total = actors;
        this.cast = new Cast(actors);
    }

    Cast build(int locations) {
        int states = clamp(total / 50, 3, 250);
        int igos = Math.max(1, total / 200);
        int bodies = total * 12 / 100;
        int militaries = total * 4 / 100;
        int media = total * 4 / 100;
        int groups = total / 100;
        int persons = total - states - igos - bodies - militaries - media - groups;
        if (persons < states) {
            throw new IllegalArgumentException("too few actors: " + total + " (at least 200)");
        }
        for (String name : Vocabulary.stateNames(rnd, states)) {
            long id = next();
            Cast.State state = new Cast.State(cast.states.size(), id, name);
            cast.states.add(state);
            String code = name.substring(0, 3).toUpperCase(Locale.ROOT);
            add(id, name, "STATE", "A sovereign state.", null, null, List.of("Republic of " + name, code), state);
            cast.organizations.add(id);
        }
        for (int i = 0; i < igos; i++) {
            String name = Vocabulary.pick(rnd, Vocabulary.IGO_TOPICS) + " " + Vocabulary.pick(rnd, Vocabulary.IGO_TYPES)
                    + (i >= 50 ? " " + (i / 50 + 1) : "");
            long id = next();
            String acronym =
                    Arrays.stream(name.split(" ")).map(w -> w.substring(0, 1)).reduce("", String::concat);
            add(
                    id,
                    uniqueName(name),
                    "INTERNATIONAL_ORGANIZATION",
                    "An international organization.",
                    null,
                    null,
                    List.of(acronym),
                    null);
            cast.igos.add(id);
            cast.organizations.add(id);
        }
        for (int i = 0; i < bodies; i++) {
            Cast.State state = cast.randomState(rnd);
            // A fifth of the bodies are agencies under another body of the same state.
            Long parent =
                    !state.bodies.isEmpty() && rnd.nextInt(5) == 0 ? Vocabulary.pick(rnd, state.bodies) : state.actorId;
            String name = (parent == state.actorId ? "" : "Agency " + (state.bodies.size() + 1) + " of the ")
                    + Vocabulary.pick(rnd, Vocabulary.MINISTRIES) + " of " + state.name;
            long id = next();
            add(
                    id,
                    uniqueName(name),
                    "GOVERNMENT_BODY",
                    "A government body of " + state.name + ".",
                    state.actorId,
                    parent,
                    List.of(),
                    state);
            state.bodies.add(id);
            cast.organizations.add(id);
        }
        for (int i = 0; i < militaries; i++) {
            Cast.State state = cast.randomState(rnd);
            long id = next();
            add(
                    id,
                    uniqueName(state.adjective + " " + Vocabulary.pick(rnd, Vocabulary.MILITARY)),
                    "MILITARY",
                    "Armed forces of " + state.name + ".",
                    state.actorId,
                    state.actorId,
                    List.of(),
                    state);
            state.militaries.add(id);
            cast.organizations.add(id);
        }
        for (int i = 0; i < media; i++) {
            Cast.State state = cast.randomState(rnd);
            long id = next();
            add(
                    id,
                    uniqueName(state.adjective + " " + Vocabulary.pick(rnd, Vocabulary.MEDIA)),
                    "MEDIA",
                    "A news outlet of " + state.name + ".",
                    state.actorId,
                    null,
                    List.of(),
                    state);
        }
        for (int i = 0; i < groups; i++) {
            Cast.State state = cast.randomState(rnd);
            long id = next();
            add(
                    id,
                    uniqueName(state.adjective + " officials"),
                    "GROUP",
                    "Officials of " + state.name + " cited without names.",
                    state.actorId,
                    null,
                    List.of(),
                    state);
        }
        for (int i = 0; i < persons; i++) {
            Cast.State state = cast.randomState(rnd);
            String first = Vocabulary.pick(rnd, Vocabulary.FIRST_NAMES);
            String last = Vocabulary.pick(rnd, Vocabulary.LAST_NAMES);
            String name = first + " " + (char) ('A' + rnd.nextInt(26)) + ". " + last;
            List<String> aliases = rnd.nextInt(5) == 0 ? List.of(first + " " + last) : List.of();
            long id = next();
            add(id, name, "PERSON", "A public figure of " + state.name + ".", state.actorId, null, aliases, state);
            state.persons.add(id);
            cast.persons.add(id);
        }
        rankBySalience();
        places(locations);
        roles();
        return cast;
    }

    private long next() {
        return ++nextId;
    }

    private String uniqueName(String name) {
        String unique = name;
        for (int n = 2; usedNames.contains(unique); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    private void add(
            long id,
            String name,
            String kind,
            String description,
            Long country,
            Long parent,
            List<String> aliases,
            Cast.State state) {
        usedNames.add(name);
        cast.names[(int) id] = name;
        cast.kinds[(int) id] = kind;
        cast.stateOf[(int) id] = state == null ? -1 : state.index;
        graph.actors.add(
                new ActorRow(id, Vocabulary.slug(name) + "-" + id, name, kind, description, country, parent, aliases));
    }

    /** Weighted random order (Efraimidis-Spirakis keys u^(1/w)). */
    private void rankBySalience() {
        double[] keys = new double[total + 1];
        for (int id = 1; id <= total; id++) {
            keys[id] = Math.pow(rnd.nextDouble(), 1.0 / SALIENCE.getOrDefault(cast.kinds[id], 1.0));
        }
        cast.bySalience = IntStream.rangeClosed(1, total)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer id) -> -keys[id]))
                .mapToLong(Integer::longValue)
                .toArray();
    }

    private void places(int count) {
        long id = 0;
        for (Cast.State state : cast.states) {
            state.countryLocation = ++id;
            graph.locations.add(new LocationRow(
                    id, Vocabulary.slug(state.name) + "-country-" + id, state.name, "COUNTRY", state.actorId, null));
        }
        int areas = Math.max(1, count / 50);
        for (int i = 0; i < areas && id < count; i++) {
            Cast.State state = cast.randomState(rnd);
            String name = (i % 2 == 0 ? state.adjective + " border zone" : "Sea of " + Vocabulary.townName(rnd));
            graph.locations.add(new LocationRow(++id, Vocabulary.slug(name) + "-" + id, name, "AREA", null, null));
            cast.areas.add(id);
        }
        while (id < count) {
            Cast.State state = cast.randomState(rnd);
            boolean region = state.regions.isEmpty() || rnd.nextInt(10) < 3;
            String town = Vocabulary.townName(rnd);
            String name = region ? town + " region" : town;
            Long parent = region ? state.countryLocation : Vocabulary.pick(rnd, state.regions);
            graph.locations.add(new LocationRow(
                    ++id, Vocabulary.slug(name) + "-" + id, name, region ? "REGION" : "CITY", state.actorId, parent));
            (region ? state.regions : state.places).add(id);
        }
        for (Cast.State state : cast.states) {
            if (state.places.isEmpty()) {
                state.places.add(state.regions.isEmpty() ? state.countryLocation : state.regions.get(0));
            }
        }
    }

    private void roles() {
        long id = 0;
        for (long person : cast.persons) {
            Cast.State state = cast.stateOf(person);
            int count = rnd.nextInt(10) < 3 ? 2 : 1;
            List<Long> taken = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long organization = organizationFor(state);
                if (taken.contains(organization)) {
                    continue;
                }
                taken.add(organization);
                String title = Vocabulary.pick(rnd, titlesFor(cast.kinds[(int) organization]));
                LocalDate since = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
                LocalDate until = rnd.nextInt(5) == 0 ? since.plusDays(200 + rnd.nextInt(1500)) : null;
                graph.roles.add(new RoleRow(++id, person, organization, title, since, until));
                graph.claims.add(new SyntheticGraph.Claim(
                        newsroom.anySource(),
                        cast.name(person) + ", "
                                + (until == null ? "the " : "a former ") + title + " of " + cast.name(organization)
                                + ", "
                                + Vocabulary.pick(rnd, Vocabulary.ROLE_PHRASES) + ".",
                        SyntheticGraph.FactKind.ROLE,
                        id));
            }
        }
    }

    private long organizationFor(Cast.State state) {
        int dice = rnd.nextInt(100);
        if (dice < 3 && !cast.igos.isEmpty()) {
            return Vocabulary.pick(rnd, cast.igos);
        }
        if (dice < 15 || (state.bodies.isEmpty() && state.militaries.isEmpty())) {
            return state.actorId;
        }
        if ((dice < 30 && !state.militaries.isEmpty()) || state.bodies.isEmpty()) {
            return Vocabulary.pick(rnd, state.militaries);
        }
        return Vocabulary.pick(rnd, state.bodies);
    }

    private static String[] titlesFor(String kind) {
        return switch (kind) {
            case "STATE" -> Vocabulary.STATE_TITLES;
            case "MILITARY" -> Vocabulary.MILITARY_TITLES;
            case "INTERNATIONAL_ORGANIZATION" -> Vocabulary.IGO_TITLES;
            case "MEDIA" -> Vocabulary.MEDIA_TITLES;
            default -> Vocabulary.MINISTRY_TITLES;
        };
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
