package io.newsgraph.statement;

import io.newsgraph.actor.ActorFilter;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.event.EventFilter;
import io.newsgraph.filter.DateRange;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("StatementFilter")
@Description("Narrows a list of statements. All given conditions must hold; combine filters with `and`, `or`, `not`.")
public record StatementFilter(
        @Description("Stance equals.") Stance stance,
        @Description("Stance is one of.") List<Stance> stanceIn,
        @Description("Modality equals.") Modality modality,
        @Description("Modality is one of.") List<Modality> modalityIn,
        @Description("Made by this actor (slug).") String speaker,
        @Description("Made by one of these actors (slugs).") List<String> speakerIn,
        @Description("Made by an actor of this kind.") ActorKind speakerKind,
        @Description("Made by an actor belonging to this state (slug), or by the state itself.") String speakerCountry,
        @Description("Made by an actor matching this filter.") ActorFilter speakerMatches,
        @Description("About this event or actor (slug).") String subject,
        @Description("About one of these events or actors (slugs).") List<String> subjectIn,
        @Description("About an event matching this filter, e.g. `{kind: COOPERATION, party: \"russia\"}`.") EventFilter subjectEvent,
        @Description("About an actor matching this filter.") ActorFilter subjectActor,
        @Description("Addressed to this actor (slug), e.g. `china`.") String addressee,
        @Description("Said on a day in this range.") DateRange madeOn,
        @Description("Case-insensitive substring of the summary or the quote.") String text,
        @Description("Supported by this source (slug).") String source,
        @Description("True: only statements with a direct quote; false: only those without.") Boolean hasQuote,
        @Description("Every one of these filters holds.") List<StatementFilter> and,
        @Description("At least one of these filters holds.") List<StatementFilter> or,
        @Description("This filter does not hold.") StatementFilter not) {

    public static StatementFilter ofStance(Stance stance) {
        return new StatementFilter(stance, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** This filter, further narrowed to a stance. */
    public StatementFilter withStance(Stance narrowed) {
        return new StatementFilter(narrowed, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of(this), null, null);
    }
}
