package io.newsgraph.live;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;

@Description("The object types a write can change; their global ids start with the type name (`Actor:...`).")
public enum ChangeType {
    ACTOR,
    ROLE,
    SOURCE,
    LOCATION,
    EVENT,
    ESTIMATE,
    STATEMENT;

    /** The type as the change log and global ids name it ("Actor"). */
    public String typeName() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The type of a change-log type name, or null for one subscribers are not told about. */
    static ChangeType of(String typeName) {
        for (ChangeType type : values()) {
            if (type.typeName().equals(typeName)) {
                return type;
            }
        }
        return null;
    }
}
