package io.newsgraph.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented names and phrases for the synthetic graph. Names are fictional on purpose: the bundled seed article is
 * ingested on top of a generated graph, and its ingest links actors by name, so no generated actor may share a name
 * with a real one.
 */
final class Vocabulary {
    private static final String[] ONSETS = {
        "Al", "Bel", "Cor", "Dav", "Esk", "Fal", "Gor", "Hal", "Ist", "Jor", "Kal", "Lor", "Mar", "Nor", "Ost", "Pel",
        "Quor", "Ros", "Sal", "Tor", "Ul", "Val", "Wes", "Xan", "Yr", "Zel", "Brin", "Cald", "Drav", "Fen", "Grel",
        "Marv", "Tamr", "Vost"
    };
    private static final String[] MIDDLES = {"a", "e", "i", "o", "u", "ar", "en", "is", "or", "um", "av", "el"};
    private static final String[] ENDINGS = {
        "nia", "land", "stan", "ria", "via", "mora", "dor", "tia", "gard", "esh", "ova", "ania"
    };
    private static final String[] TOWN_ENDINGS = {
        "burg", "grad", "ville", "port", "holm", "ford", "mark", "ovo", "ets", "ara", "ino", "by"
    };
    static final String[] FIRST_NAMES = {
        "Adrian", "Alina", "Anders", "Anika", "Boris", "Carla", "Dario", "Elena", "Emil", "Farid", "Greta", "Hana",
        "Ivo", "Jana", "Karim", "Lena", "Luka", "Maja", "Marek", "Nadia", "Nils", "Olga", "Omar", "Petra", "Rafael",
        "Rina", "Sami", "Sofia", "Tariq", "Teodor", "Una", "Viktor", "Wanda", "Yara", "Zoran", "Aiko", "Bashir",
        "Dilnoza", "Erik", "Ines", "Jomo", "Kenji", "Leila", "Mateo", "Noor", "Oskar", "Priya", "Quentin", "Rosa",
        "Stefan", "Talia", "Uwe", "Vera", "Amara", "Bogdan", "Chiara", "Dmitar", "Esra", "Goran", "Halima"
    };
    static final String[] LAST_NAMES = {
        "Abrams",
        "Balogun",
        "Castell",
        "Dragan",
        "Eklund",
        "Ferreira",
        "Galloway",
        "Haddad",
        "Ivanic",
        "Jovanic",
        "Kaur",
        "Lindqvist",
        "Moreau",
        "Nakamura",
        "Okafor",
        "Petrov",
        "Quiroga",
        "Rahimi",
        "Sandoval",
        "Tanaka",
        "Ueda",
        "Varga",
        "Weller",
        "Yilmaz",
        "Zanetti",
        "Amsel",
        "Brenner",
        "Cordova",
        "Dunmore",
        "Esposito",
        "Falk",
        "Grieve",
        "Holt",
        "Iqbal",
        "Jansen",
        "Karlsen",
        "Lobo",
        "Mensah",
        "Novak",
        "Orsini",
        "Pavlova",
        "Rask",
        "Soto",
        "Thorne",
        "Umarov",
        "Vidal",
        "Wolak",
        "Yusuf",
        "Zielinski",
        "Achterberg",
        "Bakshi",
        "Caruso",
        "Delacroix",
        "Ekwueme",
        "Fontaine",
        "Gashi",
        "Hartmann",
        "Ilves",
        "Juarez",
        "Kovacs",
        "Laine",
        "Marchetti",
        "Nyberg",
        "Oyelaran",
        "Prieto",
        "Rinaldi",
        "Sokolov",
        "Tiwari",
        "Valdez",
        "Wren"
    };
    static final String[] MINISTRIES = {
        "Ministry of Foreign Affairs",
        "Ministry of Defense",
        "Ministry of the Interior",
        "Ministry of Finance",
        "Ministry of Energy",
        "Ministry of Trade",
        "Office of the President",
        "National Security Council",
        "Ministry of Justice",
        "Intelligence Service",
        "Ministry of Unification",
        "Ministry of Information"
    };
    static final String[] MILITARY = {"Armed Forces", "Army", "Navy", "Air Force", "Border Guard", "Special Forces"};
    static final String[] MEDIA = {
        "State News Agency",
        "Herald",
        "Daily Tribune",
        "Broadcasting Corporation",
        "Evening Post",
        "Observer",
        "Gazette"
    };
    static final String[] IGO_TYPES = {"Alliance", "Union", "Council", "Organization", "Pact", "Commission", "Forum"};
    static final String[] IGO_TOPICS = {
        "Security",
        "Economic Cooperation",
        "Collective Defense",
        "Trade",
        "Maritime Affairs",
        "Regional Stability",
        "Energy",
        "Development",
        "Northern",
        "Southern",
        "Eastern"
    };
    static final String[] STATE_TITLES = {
        "President", "Prime Minister", "Vice President", "Ambassador", "Special Envoy", "Chief of Staff"
    };
    static final String[] MINISTRY_TITLES = {
        "Minister", "Deputy Minister", "Spokesperson", "Director", "Press Secretary", "Senior Adviser"
    };
    static final String[] MILITARY_TITLES = {"Commander", "Chief of General Staff", "Spokesperson", "Deputy Commander"};
    static final String[] IGO_TITLES = {"Secretary General", "Spokesperson", "Special Representative"};
    static final String[] MEDIA_TITLES = {"Editor-in-Chief", "Correspondent", "Director General"};
    static final String[] PURPOSES = {
        "to reinforce the front line",
        "to train local forces",
        "to guard the border",
        "to support combat operations",
        "for joint exercises",
        "to protect critical infrastructure",
        "to strengthen bilateral ties",
        "to discuss economic cooperation",
        "to negotiate a ceasefire",
        "to sign a defense agreement",
        "to attend a summit",
        "to coordinate sanctions policy"
    };
    static final String[] QUOTE_OPENERS = {
        "a grave",
        "a serious",
        "a direct",
        "a dangerous",
        "an unacceptable",
        "a clear",
        "a welcome",
        "an important",
        "a reckless",
        "a historic",
        "a deliberate",
        "a worrying"
    };
    static final String[] QUOTE_NOUNS = {
        "threat",
        "violation",
        "provocation",
        "step",
        "escalation",
        "signal",
        "breach",
        "contribution",
        "challenge",
        "turning point"
    };
    static final String[] QUOTE_TAILS = {
        "to regional stability",
        "of international law",
        "to peace in the region",
        "for our security",
        "of the ceasefire",
        "for the whole continent",
        "to the security of our allies",
        "toward lasting peace",
        "of the sanctions regime",
        "for the people of the region"
    };
    static final String[] DATE_PHRASES = {
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "over the weekend",
        "in a statement",
        "at a press briefing",
        "in an interview",
        "during talks"
    };
    static final String[] ROLE_PHRASES = {
        "spoke to reporters",
        "attended the meeting",
        "was among those present",
        "addressed the session",
        "met foreign counterparts",
        "gave a briefing"
    };
    static final String[] FILLERS = {
        "The situation remains tense, analysts said.",
        "Diplomats expect further talks in the coming weeks.",
        "Markets in the region reacted calmly to the news.",
        "The claims could not be independently verified.",
        "Observers noted a sharp rise in military activity along the border.",
        "Officials declined to give further details."
    };

    private Vocabulary() {}

    static <T> T pick(SplittableRandom rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static <T> T pick(SplittableRandom rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    /** Unique invented country names, e.g. "Ostravia", "Kalmora". */
    static List<String> stateNames(SplittableRandom rnd, int count) {
        Set<String> names = new HashSet<>();
        int attempts = 0;
        while (names.size() < count) {
            String name = pick(rnd, ONSETS) + pick(rnd, MIDDLES) + pick(rnd, ENDINGS);
            if (++attempts > 50 * count) {
                name = name + " " + (names.size() + 1);
            }
            names.add(name.substring(0, 1) + name.substring(1).toLowerCase(Locale.ROOT));
        }
        return names.stream().sorted().toList();
    }

    static String townName(SplittableRandom rnd) {
        String name = pick(rnd, ONSETS) + pick(rnd, MIDDLES) + pick(rnd, TOWN_ENDINGS);
        return name.substring(0, 1) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** "Ostravia" becomes "Ostravian", "Kaldor" becomes "Kaldorian". */
    static String adjective(String state) {
        if (state.endsWith("ia") || state.endsWith("ua")) {
            return state + "n";
        }
        if (state.endsWith("a")) {
            return state.substring(0, state.length() - 1) + "an";
        }
        if (state.endsWith("land")) {
            return state + "ic";
        }
        return state + "ian";
    }

    static String quote(SplittableRandom rnd) {
        return pick(rnd, QUOTE_OPENERS) + " " + pick(rnd, QUOTE_NOUNS) + " " + pick(rnd, QUOTE_TAILS);
    }

    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 150 ? slug.substring(0, 150).replaceAll("-+$", "") : slug;
    }
}
