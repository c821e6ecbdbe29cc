package io.newsgraph.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Name;

/** A place an event is held at or passes through, by location slug. */
@Name("StopInput")
public record StopInput(@NotBlank String location, EventStatus status, LocalDate arrivedOn) {
    /** A plain slug stands for a location without itinerary details. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StopInput of(String location) {
        return new StopInput(location, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public StopInput {}
}
