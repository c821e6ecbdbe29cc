package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("StatementFilter")
@Description("Narrows a list of statements; all given conditions must hold.")
public record StatementFilter(
        @Description("Only statements with this stance.") Stance stance,
        @Description("Only statements made by this actor (slug).") String speaker,
        @Description("Only statements about this event or actor (slug).") String subject,
        @Description("Only statements addressed to this actor (slug), e.g. `china`.") String addressee,
        @Description("Only statements with this modality.") Modality modality) {

    public static StatementFilter ofStance(Stance stance) {
        return new StatementFilter(stance, null, null, null, null);
    }
}
