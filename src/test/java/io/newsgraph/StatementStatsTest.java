package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementStatsTest {
    @Inject
    SqlCounter sql;

    @Test
    void groupsBySpeakerCountryAndStance() {
        JsonPath json = Gql.data("""
                { statementStats(groupBy: [SPEAKER_COUNTRY, STANCE]) { total groups { count stance speakerCountry {
                slug } } } }""");
        int total = json.getInt("data.statementStats.total");
        List<Map<String, Object>> groups = json.getList("data.statementStats.groups");
        assertThat(groups.stream().mapToInt(g -> (Integer) g.get("count")).sum(), is(total));
        int usExpressingConcern = groups.stream()
                .filter(g -> "EXPRESS_CONCERN".equals(g.get("stance"))
                        && g.get("speakerCountry") != null
                        && "united-states".equals(((Map<?, ?>) g.get("speakerCountry")).get("slug")))
                .mapToInt(g -> (Integer) g.get("count"))
                .sum();
        assertThat(usExpressingConcern, is(1));
    }

    @Test
    void condemnationsPerSpeakerCountry() {
        JsonPath json = Gql.data("""
                { statementStats(filter: {stance: CONDEMN}, groupBy: [SPEAKER_COUNTRY]) { groups { count
                speakerCountry { name } } } }""");
        assertThat(json.getString("data.statementStats.groups[0].speakerCountry.name"), is("South Korea"));
        assertThat(json.getInt("data.statementStats.groups[0].count"), is(1));
    }

    @Test
    void groupsBySubjectAndMonthAgreeWithLists() {
        JsonPath json = Gql.data("""
                { statementStats(groupBy: [SUBJECT]) { groups { count subject { __typename ... on Event { slug } ...
                on Actor { slug } } } }
                  event(slug: "nk-troop-deployment-in-russia") { statements { totalCount } } }""");
        int deployment = json.getList("data.statementStats.groups", Map.class).stream()
                .filter(g -> "nk-troop-deployment-in-russia".equals(((Map<?, ?>) g.get("subject")).get("slug")))
                .mapToInt(g -> (Integer) g.get("count"))
                .sum();
        assertThat(deployment, is(json.getInt("data.event.statements.totalCount")));
        JsonPath months = Gql.data("{ statementStats(groupBy: [MONTH]) { groups { month count } } }");
        assertThat(months.getList("data.statementStats.groups.month").get(0), is((Object) null));
    }

    @Test
    void onlySelectedPartsAreComputed() {
        long groupsOnly =
                sql.count(() -> Gql.data("{ statementStats(groupBy: [STANCE]) { groups { count stance } } }"));
        long both =
                sql.count(() -> Gql.data("{ statementStats(groupBy: [STANCE]) { total groups { count stance } } }"));
        assertThat(groupsOnly, is(1L));
        assertThat(both, is(2L));
    }
}
