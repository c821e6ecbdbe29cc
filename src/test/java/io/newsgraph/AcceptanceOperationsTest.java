package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs each example operation in graphql/operations/ and checks it answers as documented. */
@QuarkusTest
class AcceptanceOperationsTest {

    @Test
    void everyOperationFileIsCoveredHere() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("graphql/operations"))) {
            Set<String> names = files.map(p -> p.getFileName().toString().replace(".graphql", ""))
                    .collect(Collectors.toSet());
            assertThat(
                    names,
                    equalTo(Set.of(
                            "WhoCondemnedWhichCooperation",
                            "Deployments",
                            "ChoeVisit",
                            "SpokespersonToPentagon",
                            "WhatWasAskedOfChina",
                            "ActorsWhoCondemned",
                            "SearchKursk",
                            "PathFromYoonToRussia",
                            "StatementsPerCountryAndStance",
                            "CooperationTimeline",
                            "GraphThenAndNow")));
        }
    }

    @Test
    void whoCondemnedWhichCooperation() {
        JsonPath json = Gql.data(Gql.operation("WhoCondemnedWhichCooperation"));
        assertThat(json.getInt("data.statements.totalCount"), is(1));
        String at = "data.statements.nodes[0].";
        assertThat(json.getString(at + "speaker.name"), is("Yoon Seok-yeol"));
        assertThat(json.getString(at + "speaker.kind"), is("PERSON"));
        assertThat(json.getString(at + "subject.__typename"), is("Cooperation"));
        assertThat(json.getString(at + "subject.domain"), is("MILITARY"));
        assertThat(json.getList(at + "subject.parties.name"), containsInAnyOrder("North Korea", "Russia"));
        assertThat(json.getString(at + "evidence[0].source.title"), containsString("Troop Surge in Russia"));
        assertThat(
                json.getString(at + "evidence[0].text"),
                containsString("has condemned the military collaboration between North Korea and Russia"));
    }

    @Test
    void deployments() {
        JsonPath json = Gql.data(Gql.operation("Deployments"));
        String at = "data.events.nodes[0].";
        assertThat(json.getList("data.events.nodes").size(), is(1));
        assertThat(json.getString(at + "sender.name"), is("North Korea"));
        assertThat(json.getString(at + "host.name"), is("Russia"));
        assertThat(json.getList(at + "locations.name"), hasItems("Kursk"));
        assertThat(json.getInt(at + "estimates[0].troops"), is(10000));
        assertThat(json.getString(at + "estimates[0].reportedBy.name"), is("Pentagon"));
        assertThat(
                json.getInt(at + "statements.totalCount"),
                is(json.getList(at + "statements.nodes").size()));
        assertThat(
                json.getList(at + "statements.nodes.speaker.name"),
                hasItems("Pentagon", "United States", "NATO", "Sabrina Singh", "Joe Biden", "Volodymyr Zelenskyy"));
        assertThat(
                json.getList(at + "statements.nodes.stance"),
                hasItems("REPORT", "EXPRESS_CONCERN", "WARN", "CHARACTERIZE", "ASSESS"));
    }

    @Test
    void graphThenAndNow() {
        JsonPath json = Gql.data(Gql.operation("GraphThenAndNow"));
        assertThat(json.getInt("data.then.totalCount"), is(0));
        assertThat(json.getInt("data.now.totalCount"), is(12));
        String at = "data.events.nodes[0].";
        assertThat(json.getInt(at + "latestEstimate.troops"), is(10000));
        assertThat(json.getString(at + "latestEstimate.reportedBy.name"), is("Pentagon"));
        assertThat(json.getList(at + "estimates.troops"), equalTo(List.of(10000)));
    }

    @Test
    void choeVisit() {
        JsonPath json = Gql.data(Gql.operation("ChoeVisit"));
        assertThat(json.getString("data.event.visitor.name"), is("Choe Son-hui"));
        assertThat(json.getString("data.event.visitor.roles.nodes[0].title"), is("Foreign Minister"));
        assertThat(json.getString("data.event.host.name"), is("Russia"));
        assertThat(json.getList("data.event.stops.location.name"), equalTo(List.of("Vladivostok", "Moscow")));
        assertThat(json.getList("data.event.stops.position"), equalTo(List.of(1, 2)));
        assertThat(json.getList("data.event.stops.location.country.name"), equalTo(List.of("Russia", "Russia")));
        assertThat(json.getString("data.event.follows.__typename"), is("Meeting"));
        assertThat(json.getString("data.event.follows.level"), is("LEADERS"));
        assertThat(json.getString("data.event.statements.nodes[0].speaker.name"), is("North Korean state media"));
        assertThat(json.getString("data.event.statements.nodes[0].speaker.kind"), is("MEDIA"));
    }

    @Test
    void spokespersonToPentagon() {
        JsonPath json = Gql.data(Gql.operation("SpokespersonToPentagon"));
        String role = "data.actor.roles.nodes[0].";
        assertThat(json.getString(role + "title"), is("Spokesperson"));
        assertThat(json.getString(role + "organization.name"), is("Pentagon"));
        assertThat(json.getString(role + "organization.kind"), is("GOVERNMENT_BODY"));
        assertThat(json.getString(role + "organization.parent.name"), is("United States"));
        assertThat(json.getString(role + "organization.parent.kind"), is("STATE"));
        assertThat(json.getString(role + "evidence[0].text"), containsString("Pentagon spokesperson Sabrina Singh"));
        assertThat(json.getString("data.actor.statements.nodes[0].stance"), is("WARN"));
        assertThat(json.getList("data.actor.statements.nodes[0].subject.locations.name"), hasItems("Kursk"));
    }

    @Test
    void whatWasAskedOfChina() {
        JsonPath json = Gql.data(Gql.operation("WhatWasAskedOfChina"));
        assertThat(json.getList("data.actor.statementsAddressed.nodes").size(), is(1));
        String at = "data.actor.statementsAddressed.nodes[0].";
        assertThat(json.getString(at + "stance"), is("URGE"));
        assertThat(json.getString(at + "speaker.name"), is("United States"));
        assertThat(json.getString(at + "subject.__typename"), is("Cooperation"));
        assertThat(json.getString(at + "evidence[0].text"), containsString("urging them to recognize"));
    }

    @Test
    void actorsWhoCondemned() {
        JsonPath json = Gql.data(Gql.operation("ActorsWhoCondemned"));
        assertThat(json.getInt("data.actors.totalCount"), is(1));
        assertThat(json.getString("data.actors.nodes[0].name"), is("Yoon Seok-yeol"));
        assertThat(json.getString("data.actors.nodes[0].country.name"), is("South Korea"));
        assertThat(json.getString("data.actors.nodes[0].statements.nodes[0].subject.__typename"), is("Cooperation"));
    }

    @Test
    void searchKursk() {
        JsonPath json = Gql.data(Gql.operation("SearchKursk"));
        assertThat(json.getList("data.search.nodes.type"), hasItems("LOCATION", "EVENT", "STATEMENT"));
        assertThat(json.getString("data.search.nodes[0].snippet"), containsString("<mark>Kursk</mark>"));
    }

    @Test
    void pathFromYoonToRussia() {
        JsonPath json = Gql.data(Gql.operation("PathFromYoonToRussia"));
        assertThat(json.getInt("data.paths[0].length"), is(2));
        assertThat(json.getList("data.paths.steps.flatten().label"), hasItems("CONDEMN", "PARTY"));
    }

    @Test
    void statementsPerCountryAndStance() {
        JsonPath json = Gql.data(Gql.operation("StatementsPerCountryAndStance"));
        int sum = json.getList("data.statementStats.groups.count", Integer.class).stream()
                .mapToInt(i -> i)
                .sum();
        assertThat(sum, is(json.getInt("data.statementStats.total")));
        assertThat(
                json.getList("data.statementStats.groups.speakerCountry.name"),
                hasItems("United States", "South Korea"));
    }

    @Test
    void cooperationTimeline() {
        JsonPath json = Gql.data(Gql.operation("CooperationTimeline"));
        assertThat(json.getInt("data.timeline.totalCount"), is(4));
        assertThat(json.getList("data.timeline.nodes.node.speaker.name"), hasItems("Yoon Seok-yeol", "United States"));
    }
}
