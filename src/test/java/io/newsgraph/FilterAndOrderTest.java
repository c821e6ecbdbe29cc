package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FilterAndOrderTest {

    private static List<String> statementSlugs(String filter) {
        return Gql.data("{ statements(filter: " + filter + ", first: 100) { nodes { slug } } }")
                .getList("data.statements.nodes.slug");
    }

    private static List<String> actorSlugs(String filter) {
        return Gql.data("{ actors(filter: " + filter + ", first: 100) { nodes { slug } } }")
                .getList("data.actors.nodes.slug");
    }

    private static List<String> eventSlugs(String filter) {
        return Gql.data("{ events(filter: " + filter + ", first: 100) { nodes { slug } } }")
                .getList("data.events.nodes.slug");
    }

    @Test
    void inAndOrAndNotCombine() {
        List<String> condemnOrUrge = statementSlugs("{stanceIn: [CONDEMN, URGE]}");
        assertThat(
                condemnOrUrge,
                containsInAnyOrder("yoon-condemns-nk-russia-collaboration", "us-urges-china-on-nk-russia-cooperation"));
        assertThat(statementSlugs("{or: [{stance: CONDEMN}, {stance: URGE}]}"), equalTo(condemnOrUrge));
        List<String> all = statementSlugs("{}");
        List<String> rest = statementSlugs("{not: {stanceIn: [CONDEMN, URGE]}}");
        assertThat(rest.size(), is(all.size() - 2));
        assertThat(rest, not(hasItem("yoon-condemns-nk-russia-collaboration")));
        assertThat(
                statementSlugs("{and: [{speaker: \"united-states\"}, {stance: URGE}]}"),
                equalTo(List.of("us-urges-china-on-nk-russia-cooperation")));
        assertThat(statementSlugs("{or: []}"), equalTo(List.of()));
    }

    @Test
    void statementsAboutACooperationWithAGivenParty() {
        List<String> slugs = statementSlugs("{subjectEvent: {kind: COOPERATION, party: \"russia\"}}");
        assertThat(
                slugs,
                containsInAnyOrder(
                        "yoon-condemns-nk-russia-collaboration",
                        "us-urges-china-on-nk-russia-cooperation",
                        "south-korea-to-consider-response-measures"));
        assertThat(statementSlugs("{subjectEvent: {kind: COOPERATION, party: \"china\"}}"), equalTo(List.of()));
    }

    @Test
    void speakerCountryKindAndQuoteFilters() {
        List<String> american = statementSlugs("{speakerCountry: \"united-states\"}");
        assertThat(american, hasItem("biden-calls-nk-deployment-very-dangerous"));
        assertThat(american, hasItem("us-urges-china-on-nk-russia-cooperation"));
        assertThat(american, not(hasItem("yoon-condemns-nk-russia-collaboration")));
        assertThat(statementSlugs("{speakerKind: MEDIA}"), equalTo(List.of("nk-state-media-reports-choe-visit")));
        assertThat(
                statementSlugs("{hasQuote: true, text: \"dangerous\"}"),
                equalTo(List.of("biden-calls-nk-deployment-very-dangerous")));
        assertThat(
                statementSlugs("{source: \"nk-troop-surge-in-russia\"}").size(),
                is(statementSlugs("{}").size()));
    }

    @Test
    void relationshipQuantifiersOnActors() {
        assertThat(actorSlugs("{made: {some: {stance: CONDEMN}}}"), equalTo(List.of("yoon-suk-yeol")));
        List<String> silentPeople = actorSlugs("{kind: PERSON, made: {none: {}}}");
        assertThat(silentPeople, hasItem("choe-son-hui"));
        assertThat(silentPeople, not(hasItem("joe-biden")));
        assertThat(actorSlugs("{mentionedIn: {some: {stance: ASSESS}}}"), equalTo(List.of("vladimir-putin")));
        assertThat(actorSlugs("{events: {some: {kind: VISIT}}}"), containsInAnyOrder("choe-son-hui", "russia"));
        List<String> everyStatementWarns = actorSlugs("{made: {some: {}, every: {stance: WARN}}}");
        assertThat(everyStatementWarns, equalTo(List.of("sabrina-singh")));
    }

    @Test
    void eventFiltersWithRangesAndQuantifiers() {
        assertThat(eventSlugs("{troops: {gte: 5000}}"), equalTo(List.of("nk-troop-deployment-in-russia")));
        assertThat(eventSlugs("{troops: {gt: 10000}}"), equalTo(List.of()));
        List<String> uncommented = eventSlugs("{statements: {none: {}}}");
        assertThat(uncommented, hasItem("nk-russia-leaders-summit"));
        assertThat(uncommented, not(hasItem("nk-russia-military-cooperation")));
        assertThat(
                eventSlugs("{location: \"kursk-region\", kindIn: [DEPLOYMENT, ARMED_CONFLICT]}"),
                containsInAnyOrder("nk-troop-deployment-in-russia", "russia-ukraine-war"));
        assertThat(
                eventSlugs("{participants: {some: {kind: PERSON}}}"), equalTo(List.of("choe-son-hui-visit-to-russia")));
        assertThat(eventSlugs("{startedOn: {gte: \"2024-01-01\"}}"), equalTo(List.of()));
    }

    @Test
    void orderByIsStableAndCombinable() {
        JsonPath json = Gql.data("{ actors(orderBy: [NAME_DESC], first: 100) { nodes { name } } }");
        List<String> names = json.getList("data.actors.nodes.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.reverseOrder());
        assertThat(names, equalTo(sorted));
        JsonPath talkers = Gql.data("{ actors(orderBy: [STATEMENT_COUNT_DESC, NAME_ASC], first: 3) {"
                + " nodes { slug statements { totalCount } } } }");
        List<Integer> counts = talkers.getList("data.actors.nodes.statements.totalCount");
        assertThat(counts.get(0) >= counts.get(1) && counts.get(1) >= counts.get(2), is(true));
        JsonPath bySpeaker =
                Gql.data("{ statements(orderBy: [SPEAKER_NAME_ASC], first: 100) { nodes { speaker { name } } } }");
        List<String> speakers = bySpeaker.getList("data.statements.nodes.speaker.name");
        List<String> speakersSorted = new ArrayList<>(speakers);
        speakersSorted.sort(Comparator.naturalOrder());
        assertThat(speakers, equalTo(speakersSorted));
    }

    @Test
    void pagingUnderAnOrderingVisitsEachItemOnce() {
        List<String> all = Gql.data("{ statements(orderBy: [STANCE_ASC], first: 100) { nodes { slug } } }")
                .getList("data.statements.nodes.slug");
        List<String> walked = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = Gql.data(
                    "query($after: String) { statements(orderBy: [STANCE_ASC], first: 5, after: $after) {"
                            + " nodes { slug } pageInfo { hasNextPage endCursor } } }",
                    java.util.Collections.singletonMap("after", after));
            walked.addAll(page.getList("data.statements.nodes.slug"));
            after = page.getBoolean("data.statements.pageInfo.hasNextPage")
                    ? page.getString("data.statements.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertThat(walked, equalTo(all));
    }

    @Test
    void nestedConnectionsTakeFiltersAndOrders() {
        JsonPath json = Gql.data("""
                { event(slug: "nk-troop-deployment-in-russia") {
                    statements(filter: {speakerKind: PERSON}, orderBy: [SPEAKER_NAME_DESC]) { nodes { speaker { kind
                    name } } } } }""");
        List<String> kinds = json.getList("data.event.statements.nodes.speaker.kind");
        assertThat(kinds, everyItem(is("PERSON")));
        List<String> names = json.getList("data.event.statements.nodes.speaker.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.reverseOrder());
        assertThat(names, equalTo(sorted));
    }
}
