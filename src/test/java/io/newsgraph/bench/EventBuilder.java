package io.newsgraph.bench;

import io.newsgraph.bench.SyntheticGraph.Claim;
import io.newsgraph.bench.SyntheticGraph.EstimateRow;
import io.newsgraph.bench.SyntheticGraph.EventLocationRow;
import io.newsgraph.bench.SyntheticGraph.EventRow;
import io.newsgraph.bench.SyntheticGraph.FactKind;
import io.newsgraph.bench.SyntheticGraph.ParticipantRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Generates events of every kind with participants, places, visit itineraries and troop estimates. */
final class EventBuilder {
    private static final Weighted KINDS = new Weighted(
            "DEPLOYMENT",
            8,
            "COOPERATION",
            14,
            "VISIT",
            14,
            "MEETING",
            14,
            "ARMED_CONFLICT",
            8,
            "ATTACK",
            8,
            "SANCTION",
            8,
            "AID",
            8,
            "AGREEMENT",
            6,
            "PROTEST",
            5,
            "ELECTION",
            4,
            "OTHER",
            3);
    private static final Weighted DOMAINS = new Weighted(
            "MILITARY",
            5,
            "DIPLOMATIC",
            4,
            "ECONOMIC",
            4,
            "SECURITY",
            3,
            "INTELLIGENCE",
            2,
            "TECHNOLOGICAL",
            2,
            "ENERGY",
            2,
            "HUMANITARIAN",
            1,
            "OTHER",
            1);
    private static final Weighted LEVELS =
            new Weighted("LEADERS", 3, "MINISTERIAL", 4, "SENIOR_OFFICIALS", 3, "WORKING_LEVEL", 2);
    private static final Weighted QUALIFIERS = new Weighted("ABOUT", 6, "AT_LEAST", 3, "AT_MOST", 2, "EXACT", 1);

    private final SyntheticGraph graph;
    private final SplittableRandom rnd;
    private final Cast cast;
    private final Newsroom newsroom;
    private long participantId;
    private long locationId;
    private long estimateId;
    private long positionEvent;
    private int position;
    /** Start day of each event (index = id - 1), ascending. */
    int[] startDays;
    /** How statements refer to each event, e.g. "the Ostravian troop deployment in Kalmora". */
    String[] references;

    EventBuilder(SyntheticGraph graph, SplittableRandom rnd, Cast cast, Newsroom newsroom) {
        this.graph = graph;
        this.rnd = rnd;
        this.cast = cast;
        this.newsroom = newsroom;
    }

    void build(int count) {
        startDays = new int[count];
        references = new String[count];
        for (int i = 0; i < count; i++) {
            startDays[i] = rnd.nextInt(Newsroom.DAYS);
        }
        Arrays.sort(startDays);
        for (int i = 0; i < count; i++) {
            event(i + 1, Newsroom.FIRST_DAY.plusDays(startDays[i]));
        }
    }

    private void event(long id, LocalDate start) {
        String kind = KINDS.draw(rnd);
        Cast.State a = cast.randomState(rnd);
        Cast.State b = cast.otherState(rnd, a);
        String status = rnd.nextInt(30) == 0
                ? "HYPOTHETICAL"
                : Vocabulary.pick(rnd, new String[] {"HAPPENED", "HAPPENED", "ONGOING", "PLANNED"});
        LocalDate end = "HAPPENED".equals(status) && rnd.nextBoolean() ? start.plusDays(rnd.nextInt(60)) : null;
        String title;
        String sentence;
        String purpose = null;
        String domain = null;
        String level = null;
        Long follows = null;
        Long partOf = null;
        int source = newsroom.reportingOn(start);
        List<Long> places = new ArrayList<>();
        switch (kind) {
            case "DEPLOYMENT" -> {
                purpose = Vocabulary.pick(rnd, Vocabulary.PURPOSES);
                title = a.adjective + " troop deployment in " + b.name;
                long place = Vocabulary.pick(rnd, b.places);
                places.add(place);
                participant(id, a.actorId, "SENDER", null);
                participant(id, b.actorId, "HOST", null);
                sentence = a.name + " has deployed troops to " + b.name + " " + purpose + ", near "
                        + locationName(place) + ".";
                estimates(id, start, a, b, source);
            }
            case "COOPERATION" -> {
                domain = DOMAINS.draw(rnd);
                List<Long> parties = distinctStates(2 + rnd.nextInt(3), a);
                parties.forEach(p -> participant(id, p, "PARTY", null));
                title = cast.name(parties.get(0)) + "–" + cast.name(parties.get(1)) + " "
                        + domain.toLowerCase(Locale.ROOT) + " cooperation";
                sentence = joinNames(parties) + " agreed to expand their " + domain.toLowerCase(Locale.ROOT)
                        + " cooperation.";
            }
            case "VISIT" -> {
                long visitor = a.persons.isEmpty() ? a.actorId : Vocabulary.pick(rnd, a.persons);
                purpose = Vocabulary.pick(rnd, Vocabulary.PURPOSES);
                participant(id, visitor, "VISITOR", null);
                participant(id, b.actorId, "HOST", null);
                title = cast.name(visitor) + "'s visit to " + b.name;
                int stops = 1 + rnd.nextInt(3);
                List<Long> route = new ArrayList<>();
                for (int i = 0; i < stops; i++) {
                    long place = Vocabulary.pick(rnd, b.places);
                    if (!route.contains(place)) {
                        route.add(place);
                    }
                }
                boolean underWay = !"HAPPENED".equals(status);
                for (int i = 0; i < route.size(); i++) {
                    boolean planned = underWay && i > 0 && i == route.size() - 1;
                    graph.eventLocations.add(new EventLocationRow(
                            ++locationId,
                            id,
                            route.get(i),
                            i + 1,
                            planned ? "PLANNED" : "HAPPENED",
                            planned ? null : start.plusDays(i)));
                }
                sentence = cast.name(visitor) + " arrived in " + locationName(route.get(0)) + " " + purpose
                        + (route.size() > 1
                                ? ", with further stops in " + joinPlaces(route.subList(1, route.size()))
                                : "")
                        + ".";
                follows = earlier(id, 5);
            }
            case "MEETING" -> {
                level = LEVELS.draw(rnd);
                List<Long> who = distinctStates(2 + rnd.nextInt(4), a);
                for (long p : who) {
                    participant(id, p, "PARTICIPANT", level);
                }
                long place = Vocabulary.pick(rnd, a.places);
                places.add(place);
                title = cast.name(who.get(0)) + "–" + cast.name(who.get(1)) + " "
                        + ("LEADERS".equals(level) ? "summit" : "talks") + " in " + locationName(place);
                sentence = "Delegations of " + joinNames(who) + " met in " + locationName(place) + " for "
                        + ("LEADERS".equals(level) ? "a summit." : "talks.");
                partOf = earlier(id, 10);
            }
            default -> {
                String noun = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
                switch (kind) {
                    case "ATTACK", "AID" -> {
                        participant(id, a.actorId, "SENDER", null);
                        participant(id, b.actorId, "ATTACK".equals(kind) ? "TARGET" : "HOST", null);
                    }
                    case "SANCTION", "PROTEST" -> {
                        participant(id, a.actorId, "ORGANIZER", null);
                        participant(id, b.actorId, "TARGET", null);
                    }
                    case "ELECTION" -> participant(id, a.actorId, "HOST", null);
                    default -> {
                        participant(id, a.actorId, "PARTY", null);
                        participant(id, b.actorId, "PARTY", null);
                    }
                }
                long place = Vocabulary.pick(rnd, "ELECTION".equals(kind) ? a.places : b.places);
                places.add(place);
                title = switch (kind) {
                    case "ELECTION" -> a.adjective + " election";
                    case "AID" -> a.adjective + " aid to " + b.name;
                    case "SANCTION" -> a.adjective + " sanctions against " + b.name;
                    case "AGREEMENT", "OTHER" -> a.name + "–" + b.name + " " + noun;
                    default -> a.adjective + " " + noun + " against " + b.name + " near " + locationName(place);
                };
                sentence = "Reports describe " + article(noun) + " " + noun + " involving " + a.name
                        + ("ELECTION".equals(kind) ? "" : " and " + b.name) + " near " + locationName(place) + ".";
            }
        }
        for (int i = 0; i < places.size(); i++) {
            graph.eventLocations.add(new EventLocationRow(++locationId, id, places.get(i), i + 1, null, null));
        }
        references[(int) id - 1] = "VISIT".equals(kind) ? title : "the " + title;
        graph.events.add(new EventRow(
                id,
                Vocabulary.slug(title) + "-" + id,
                kind,
                title,
                sentence,
                status,
                start,
                end,
                purpose,
                domain,
                level,
                follows,
                partOf,
                cameo(kind),
                plover(kind)));
        graph.claims.add(new Claim(source, sentence, FactKind.EVENT, id));
    }

    private void estimates(long event, LocalDate start, Cast.State sender, Cast.State host, int source) {
        int count = 1 + rnd.nextInt(3);
        for (int i = 0; i < count; i++) {
            int troops = (int) Math.round(Math.exp(Math.log(200) + rnd.nextDouble() * Math.log(250)) / 100) * 100;
            troops = Math.max(100, troops);
            String qualifier = QUALIFIERS.draw(rnd);
            LocalDate asOf = rnd.nextInt(5) == 0 ? null : start.plusDays(7L * i);
            Long reporter = rnd.nextInt(6) == 0 ? null : cast.salient(rnd, 2.0);
            graph.estimates.add(new EstimateRow(++estimateId, event, troops, qualifier, asOf, reporter));
            String qualifierWords = switch (qualifier) {
                case "ABOUT" -> "about ";
                case "AT_LEAST" -> "at least ";
                case "AT_MOST" -> "up to ";
                default -> "";
            };
            String sentence = (reporter == null ? "Sources" : cast.name(reporter)) + " estimated " + qualifierWords
                    + String.format(Locale.ROOT, "%,d", troops) + " " + sender.adjective + " troops in " + host.name
                    + (asOf == null ? "" : " as of " + asOf) + ".";
            graph.claims.add(new Claim(
                    i == 0 ? source : newsroom.reportingOn(start.plusDays(7L * i)),
                    sentence,
                    FactKind.ESTIMATE,
                    estimateId));
        }
    }

    private void participant(long event, long actor, String role, String level) {
        position = position(event);
        graph.participants.add(new ParticipantRow(++participantId, event, actor, role, level, position));
    }

    private int position(long event) {
        if (event != positionEvent) {
            positionEvent = event;
            return 1;
        }
        return position + 1;
    }

    private List<Long> distinctStates(int count, Cast.State first) {
        List<Long> ids = new ArrayList<>(List.of(first.actorId));
        for (int i = 1; i < count; i++) {
            long id = rnd.nextInt(8) == 0 && !cast.igos.isEmpty()
                    ? Vocabulary.pick(rnd, cast.igos)
                    : cast.randomState(rnd).actorId;
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.size() < 2) {
            ids.add(cast.otherState(rnd, first).actorId);
        }
        return ids;
    }

    /** Now and then an earlier event this one follows or is part of. */
    private Long earlier(long id, int oneIn) {
        return id > 1 && rnd.nextInt(oneIn) == 0 ? Long.valueOf(Math.max(1, id - 1 - rnd.nextInt(200))) : null;
    }

    private String locationName(long id) {
        return graph.locations.get((int) id - 1).name();
    }

    private String joinNames(List<Long> actors) {
        List<String> names = actors.stream().map(cast::name).toList();
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String joinPlaces(List<Long> places) {
        return String.join(" and ", places.stream().map(this::locationName).toList());
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String cameo(String kind) {
        return switch (kind) {
            case "DEPLOYMENT", "COOPERATION" -> "062";
            case "VISIT" -> "042";
            case "MEETING" -> "040";
            case "ARMED_CONFLICT" -> "190";
            case "ATTACK" -> "180";
            case "SANCTION" -> "163";
            case "AID" -> "070";
            case "AGREEMENT" -> "057";
            case "PROTEST" -> "140";
            default -> null;
        };
    }

    private static String plover(String kind) {
        return switch (kind) {
            case "DEPLOYMENT" -> "MOBILIZE";
            case "COOPERATION" -> "COOPERATE";
            case "VISIT" -> "CONSULT.visit";
            case "MEETING" -> "CONSULT";
            case "ARMED_CONFLICT" -> "FIGHT";
            case "ATTACK" -> "ASSAULT";
            case "SANCTION" -> "SANCTION";
            case "AID" -> "AID";
            case "AGREEMENT" -> "AGREE";
            case "PROTEST" -> "PROTEST";
            default -> null;
        };
    }
}
