package io.newsgraph.event;

import io.newsgraph.graph.relay.Node;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Event")
@Description("Something that happened, is under way, is planned or is feared, that statements are about. "
        + "Deployment, Cooperation, Visit and Meeting add fields of their own; every other kind is a GenericEvent.")
public interface EventNode extends Node {
    @Id
    @NonNull
    @Override
    @Description("Opaque global id; fetch the object again with `node(id:)`.")
    String getId();

    @NonNull
    @Description("Stable natural key, e.g. `nk-russia-military-cooperation`.")
    String getSlug();

    @NonNull
    @Description("What kind of event this is.")
    EventKind getKind();

    @NonNull
    @Description("Short title, e.g. `North Korean troop deployment in Russia`.")
    String getTitle();

    @Description("What happened, in a sentence or two.")
    String getSummary();

    @NonNull
    @Description("Whether it happened, is ongoing, planned or hypothetical.")
    EventStatus getStatus();

    @Description("First day, when known.")
    LocalDate getStartedOn();

    @Description("Last day, when known and over.")
    LocalDate getEndedOn();

    @Description("CAMEO event code, e.g. `062` (cooperate militarily).")
    String getCameoCode();

    @Description("PLOVER event type and mode, e.g. `COOPERATE` or `CONSULT.visit`.")
    String getPloverCode();
}
