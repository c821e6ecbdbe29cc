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

        @Description("Made by an actor belonging to this state (slug), or by the state itself.")
        String speakerCountry,

        @Description("Made by an actor matching this filter.")
        ActorFilter speakerMatches,

        @Description("About this event or actor (slug).") String subject,

        @Description("About one of these events or actors (slugs).")
        List<String> subjectIn,

        @Description("About an event matching this filter, e.g. `{kind: COOPERATION, party: \"russia\"}`.")
        EventFilter subjectEvent,

        @Description("About an actor matching this filter.") ActorFilter subjectActor,

        @Description("Addressed to this actor (slug), e.g. `china`.")
        String addressee,

        @Description("Said on a day in this range.") DateRange madeOn,

        @Description("Case-insensitive substring of the summary or the quote.")
        String text,

        @Description("Supported by this source (slug).") String source,

        @Description("True: only statements with a direct quote; false: only those without.")
        Boolean hasQuote,

        @Description("Every one of these filters holds.") List<StatementFilter> and,
        @Description("At least one of these filters holds.") List<StatementFilter> or,
        @Description("This filter does not hold.") StatementFilter not) {

    /**
     * A filter built by naming the conditions it has, e.g. {@code StatementFilter.builder().stance(x).build()}. Code
     * builds filters this way only: the canonical constructor is for the GraphQL input binding (ArchitectureTest).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Statements with this stance. */
    public static StatementFilter ofStance(Stance stance) {
        return builder().stance(stance).build();
    }

    /** This filter, further narrowed to a stance. */
    public StatementFilter withStance(Stance narrowed) {
        return builder().stance(narrowed).and(List.of(this)).build();
    }

    /** Collects the conditions of a {@link StatementFilter} by name; conditions not named stay null. */
    public static final class Builder {
        private Stance stance;
        private List<Stance> stanceIn;
        private Modality modality;
        private List<Modality> modalityIn;
        private String speaker;
        private List<String> speakerIn;
        private ActorKind speakerKind;
        private String speakerCountry;
        private ActorFilter speakerMatches;
        private String subject;
        private List<String> subjectIn;
        private EventFilter subjectEvent;
        private ActorFilter subjectActor;
        private String addressee;
        private DateRange madeOn;
        private String text;
        private String source;
        private Boolean hasQuote;
        private List<StatementFilter> and;
        private List<StatementFilter> or;
        private StatementFilter not;

        private Builder() {}

        public Builder stance(Stance value) {
            stance = value;
            return this;
        }

        public Builder stanceIn(List<Stance> value) {
            stanceIn = value;
            return this;
        }

        public Builder modality(Modality value) {
            modality = value;
            return this;
        }

        public Builder modalityIn(List<Modality> value) {
            modalityIn = value;
            return this;
        }

        public Builder speaker(String value) {
            speaker = value;
            return this;
        }

        public Builder speakerIn(List<String> value) {
            speakerIn = value;
            return this;
        }

        public Builder speakerKind(ActorKind value) {
            speakerKind = value;
            return this;
        }

        public Builder speakerCountry(String value) {
            speakerCountry = value;
            return this;
        }

        public Builder speakerMatches(ActorFilter value) {
            speakerMatches = value;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder subjectIn(List<String> value) {
            subjectIn = value;
            return this;
        }

        public Builder subjectEvent(EventFilter value) {
            subjectEvent = value;
            return this;
        }

        public Builder subjectActor(ActorFilter value) {
            subjectActor = value;
            return this;
        }

        public Builder addressee(String value) {
            addressee = value;
            return this;
        }

        public Builder madeOn(DateRange value) {
            madeOn = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public Builder hasQuote(Boolean value) {
            hasQuote = value;
            return this;
        }

        public Builder and(List<StatementFilter> value) {
            and = value;
            return this;
        }

        public Builder or(List<StatementFilter> value) {
            or = value;
            return this;
        }

        public Builder not(StatementFilter value) {
            not = value;
            return this;
        }

        public StatementFilter build() {
            return new StatementFilter(
                    stance,
                    stanceIn,
                    modality,
                    modalityIn,
                    speaker,
                    speakerIn,
                    speakerKind,
                    speakerCountry,
                    speakerMatches,
                    subject,
                    subjectIn,
                    subjectEvent,
                    subjectActor,
                    addressee,
                    madeOn,
                    text,
                    source,
                    hasQuote,
                    and,
                    or,
                    not);
        }
    }
}
