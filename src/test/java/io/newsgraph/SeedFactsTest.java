package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every numbered fact of the seed article is reachable over GraphQL, with its evidence. */
@QuarkusTest
class SeedFactsTest {
    private static final String SEED = "nk-troop-surge-in-russia";
    private static final String STATEMENT_FIELDS = """
            slug stance modality quote summary
            speaker { slug name kind }
            addressee { slug }
            subject { __typename ... on Actor { slug } ... on Event { slug } }
            evidence { text start end source { slug text } }
            """;

    /** Statements of the seed article matching {@code filter} (other reports may be loaded by other tests). */
    private List<Map<String, Object>> statements(String filter) {
        String fromSeed = "{and: [" + filter + ", {source: \"" + SEED + "\"}]}";
        return Gql.data("{ statements(filter: " + fromSeed + ", first: 100) { nodes { " + STATEMENT_FIELDS + " } } }")
                .getList("data.statements.nodes");
    }

    private Map<String, Object> onlyStatement(String filter) {
        List<Map<String, Object>> found = statements(filter);
        assertEquals(1, found.size(), "statements matching " + filter + ": " + found);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static void assertEvidenceVerbatim(Map<String, Object> statement, String mustContain) {
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) statement.get("evidence");
        assertThat("evidence of " + statement.get("slug"), evidence.isEmpty(), is(false));
        boolean found = false;
        for (Map<String, Object> e : evidence) {
            String text = (String) e.get("text");
            String sourceText = (String) ((Map<String, Object>) e.get("source")).get("text");
            int start = (Integer) e.get("start");
            int end = (Integer) e.get("end");
            assertEquals(text, sourceText.substring(start, end), "offsets must point at the evidence text");
            found |= text.contains(mustContain);
        }
        assertThat("some evidence contains '" + mustContain + "'", found, is(true));
    }

    @SuppressWarnings("unchecked")
    private static String subjectSlug(Map<String, Object> statement) {
        return (String) ((Map<String, Object>) statement.get("subject")).get("slug");
    }

    @SuppressWarnings("unchecked")
    private static String speakerSlug(Map<String, Object> statement) {
        return (String) ((Map<String, Object>) statement.get("speaker")).get("slug");
    }

    @Test
    void fact1_pentagonReportsTenThousandTroopsInRussiaNearKursk() {
        JsonPath json = Gql.data("""
                { events(filter: {kind: DEPLOYMENT, participant: "north-korea"}) { totalCount nodes { slug status ...
                on Deployment {
                    sender { slug } host { slug } purpose locations { slug }
                    estimates { troops qualifier reportedBy { slug } evidence { text } } } } } }""");
        assertThat(json.getInt("data.events.totalCount"), is(1));
        assertThat(json.getString("data.events.nodes[0].sender.slug"), is("north-korea"));
        assertThat(json.getString("data.events.nodes[0].host.slug"), is("russia"));
        assertThat(
                json.getString("data.events.nodes[0].purpose").toLowerCase(Locale.ROOT), containsString("reinforce"));
        assertThat(json.getList("data.events.nodes[0].locations.slug"), hasItem("kursk-region"));
        assertThat(json.getInt("data.events.nodes[0].estimates[0].troops"), is(10000));
        assertThat(json.getString("data.events.nodes[0].estimates[0].qualifier"), is("ABOUT"));
        assertThat(json.getString("data.events.nodes[0].estimates[0].reportedBy.slug"), is("pentagon"));
        assertThat(json.getString("data.events.nodes[0].estimates[0].evidence[0].text"), containsString("10,000"));
        Map<String, Object> report = onlyStatement("{stance: REPORT, speaker: \"pentagon\"}");
        assertThat(subjectSlug(report), is(json.getString("data.events.nodes[0].slug")));
        assertEvidenceVerbatim(report, "10,000");
    }

    @Test
    void fact2_foreignMinisterVisitReportedByStateMedia() {
        JsonPath json = Gql.data("""
                { event(slug: "choe-son-hui-visit-to-russia") { kind ... on Visit {
                    visitor { slug roles { nodes { title organization { slug } } } } host { slug }
                    stops { position status location { slug } } follows { kind title } partOf { kind } } } }""");
        assertThat(json.getString("data.event.kind"), is("VISIT"));
        assertThat(json.getString("data.event.visitor.slug"), is("choe-son-hui"));
        assertThat(json.getString("data.event.visitor.roles.nodes[0].title"), is("Foreign Minister"));
        assertThat(json.getString("data.event.visitor.roles.nodes[0].organization.slug"), is("north-korea"));
        assertThat(json.getString("data.event.host.slug"), is("russia"));
        assertThat(json.getList("data.event.stops.location.slug"), equalTo(List.of("vladivostok", "moscow")));
        assertThat(json.getList("data.event.stops.status"), equalTo(List.of("HAPPENED", "PLANNED")));
        assertThat(json.getString("data.event.follows.kind"), is("MEETING"));
        assertThat(json.getString("data.event.follows.title"), containsString("ummit"));
        assertThat(json.getString("data.event.partOf.kind"), is("MEETING"));
        Map<String, Object> report = onlyStatement("{stance: REPORT, subject: \"choe-son-hui-visit-to-russia\"}");
        assertThat(speakerSlug(report), is("north-korean-state-media"));
        assertThat(((Map<?, ?>) report.get("speaker")).get("kind"), is("MEDIA"));
        assertEvidenceVerbatim(report, "strategic dialogue");
    }

    @Test
    void fact3_militaryCooperationBetweenNorthKoreaAndRussia() {
        JsonPath json = Gql.data("""
                { events(filter: {kind: COOPERATION, party: "north-korea"}) { nodes { slug ... on Cooperation { domain
                parties { slug } }
                    evidence { text } } } }""");
        assertThat(json.getString("data.events.nodes[0].domain"), is("MILITARY"));
        assertThat(json.getList("data.events.nodes[0].parties.slug"), containsInAnyOrder("north-korea", "russia"));
        assertThat(json.getString("data.events.nodes[0].evidence[0].text"), containsString("military cooperation"));
    }

    @Test
    void fact4_usAndNatoExpressSeriousConcerns() {
        List<Map<String, Object>> concerns = statements("{stance: EXPRESS_CONCERN}");
        assertThat(
                concerns.stream().map(SeedFactsTest::speakerSlug).toList(),
                containsInAnyOrder("united-states", "nato"));
        concerns.forEach(s -> assertEvidenceVerbatim(s, "serious concerns"));
    }

    @Test
    void fact5_singhWarnsTroopsWouldFightAroundKursk() {
        Map<String, Object> warning = onlyStatement("{speaker: \"sabrina-singh\"}");
        assertThat(warning.get("stance"), is("WARN"));
        assertThat(warning.get("modality"), is("HYPOTHETICAL"));
        assertEvidenceVerbatim(warning, "Kursk");
        JsonPath role =
                Gql.data("{ actor(slug: \"sabrina-singh\") { roles { nodes { title organization { slug } } } } }");
        assertThat(role.getString("data.actor.roles.nodes[0].title"), is("Spokesperson"));
        assertThat(role.getString("data.actor.roles.nodes[0].organization.slug"), is("pentagon"));
    }

    @Test
    void fact6_bidenCharacterizesItAsVeryDangerous() {
        Map<String, Object> biden = onlyStatement("{speaker: \"joe-biden\"}");
        assertThat(biden.get("stance"), is("CHARACTERIZE"));
        assertThat(biden.get("quote"), is("very dangerous"));
        assertEvidenceVerbatim(biden, "very dangerous");
    }

    @Test
    void fact7_officialsAssessRussianStrugglesAndPutinsReliance() {
        List<Map<String, Object>> assessments = statements("{stance: ASSESS}");
        assertThat(assessments.stream().map(SeedFactsTest::subjectSlug).toList(), hasItem("vladimir-putin"));
        assessments.stream()
                .filter(s -> "vladimir-putin".equals(subjectSlug(s)))
                .forEach(s -> assertEvidenceVerbatim(s, "unconventional alliances"));
        assertThat(
                assessments.stream()
                        .anyMatch(s -> ((List<?>) s.get("evidence")).toString().contains("military struggles")),
                is(true));
        JsonPath putin = Gql.data("{ actor(slug: \"vladimir-putin\") { kind statementsAbout { totalCount } } }");
        assertThat(putin.getString("data.actor.kind"), is("PERSON"));
        assertThat(putin.getInt("data.actor.statementsAbout.totalCount"), is(1));
    }

    @Test
    void fact8_usUrgesChinaAboutTheCooperation() {
        Map<String, Object> urge = onlyStatement("{stance: URGE}");
        assertThat(speakerSlug(urge), is("united-states"));
        assertThat(((Map<?, ?>) urge.get("addressee")).get("slug"), is("china"));
        assertThat(subjectSlug(urge), is("nk-russia-military-cooperation"));
        assertEvidenceVerbatim(urge, "destabilization");
    }

    @Test
    void fact9_zelenskyySeesInternationalization() {
        Map<String, Object> zelenskyy = onlyStatement("{speaker: \"volodymyr-zelenskyy\"}");
        assertThat(List.of("ASSESS", "CHARACTERIZE").contains(zelenskyy.get("stance")), is(true));
        assertEvidenceVerbatim(zelenskyy, "internationalization");
    }

    @Test
    void fact10_yoonCondemnsAndCommitsToConsiderResponses() {
        Map<String, Object> condemn = onlyStatement("{stance: CONDEMN}");
        assertThat(speakerSlug(condemn), is("yoon-suk-yeol"));
        assertThat(subjectSlug(condemn), is("nk-russia-military-cooperation"));
        assertEvidenceVerbatim(condemn, "condemned the military collaboration between North Korea and Russia");
        List<Map<String, Object>> yoon = statements("{speaker: \"yoon-suk-yeol\", modality: COMMITMENT}");
        assertThat(yoon.size(), is(1));
        assertEvidenceVerbatim(yoon.get(0), "consider necessary response measures");
    }

    @Test
    void aliasesFindTheSamePerson() {
        for (String spelling : List.of("Yoon Suk Yeol", "yoon seok-yeol", "Yoon Suk-yeol")) {
            JsonPath json = Gql.data("{ actors(filter: {name: \"" + spelling + "\"}) { nodes { slug } } }");
            assertThat(spelling, json.getList("data.actors.nodes.slug"), equalTo(List.of("yoon-suk-yeol")));
        }
        JsonPath dprk = Gql.data("{ actors(filter: {name: \"DPRK\"}) { nodes { slug aliases } } }");
        assertThat(dprk.getList("data.actors.nodes.slug"), equalTo(List.of("north-korea")));
    }

    @Test
    void sourceKeepsTheArticleVerbatimWithUnknownsLeftEmpty() {
        JsonPath json = Gql.data("{ sources(first: 100) { nodes { slug title publisher url publishedOn language text"
                + " statements { totalCount } } } }");
        List<String> slugs = json.getList("data.sources.nodes.slug");
        assertThat(slugs, hasItem(SEED));
        json = Gql.data("{ source(slug: \"" + SEED + "\") { slug title publisher url publishedOn language text"
                + " statements { totalCount } } }");
        assertThat(
                json.getString("data.source.title"), is("North Korea’s Troop Surge in Russia Sparks Global Tensions"));
        assertThat(json.getString("data.source.text"), containsString("Choe Son-hui"));
        assertThat(json.getString("data.source.publisher"), is((Object) null));
        assertThat(json.getString("data.source.publishedOn"), is((Object) null));
        assertThat(json.getInt("data.source.statements.totalCount"), is(12));
    }

    @Test
    void everyFactCitesASource() {
        JsonPath json = Gql.data("""
                { statements(first: 100) { nodes { slug evidence { source { slug } } } }
                  events(first: 100) { nodes { slug evidence { source { slug } } sources { slug } } } }""");
        for (Map<String, Object> s : json.<Map<String, Object>>getList("data.statements.nodes")) {
            assertThat(s.get("slug") + " has evidence", ((List<?>) s.get("evidence")).isEmpty(), is(false));
        }
        for (Map<String, Object> e : json.<Map<String, Object>>getList("data.events.nodes")) {
            assertThat(e.get("slug") + " has evidence", ((List<?>) e.get("evidence")).isEmpty(), is(false));
            assertThat(e.get("slug") + " has sources", ((List<?>) e.get("sources")).isEmpty(), is(false));
        }
    }
}
