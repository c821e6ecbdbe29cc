package io.newsgraph.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.history.ChangeSet;
import io.newsgraph.history.Operation;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL notification payloads of one write. PostgreSQL refuses payloads of 8000 bytes or more, so a write is
 * sent as one head, {"v":1,"at","user","via","changes":[{"type","op","count","ids"}],"added"}, with ids as ranges
 * ({@link IdRanges}), ids per entry capped (halved further if the head would still be too large; counts stay exact),
 * and, when the created statements do not fit, continuations {"v":1,"added":"..."} carrying the rest of them. Each
 * payload is understood on its own.
 */
final class ChangeNotifications {
    static final int MAX_BYTES = 7900;
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeNotifications() {}

    static List<String> encode(ChangeSet changes, int maxIds) {
        int cap = maxIds;
        ObjectNode head = head(changes, cap);
        while (size(head) > MAX_BYTES - 64 && cap > 0) {
            cap /= 2;
            head = head(changes, cap);
        }
        List<String> added = IdRanges.of(changes.created(ChangeType.STATEMENT.typeName()));
        List<String> payloads = new ArrayList<>();
        int next = 0;
        ObjectNode payload = head;
        do {
            int room = MAX_BYTES - size(payload) - ",\"added\":\"\"".length();
            StringBuilder ranges = new StringBuilder();
            while (next < added.size() && ranges.length() + added.get(next).length() + 1 <= room) {
                ranges.append(ranges.length() == 0 ? "" : ",").append(added.get(next++));
            }
            if (!ranges.isEmpty()) {
                payload.put("added", ranges.toString());
            }
            payloads.add(write(payload));
            payload = JSON.createObjectNode().put("v", VERSION);
        } while (next < added.size());
        return payloads;
    }

    /** The change one payload describes; null for a payload of another (later) format. */
    static LiveChange decode(String payload) {
        JsonNode json;
        try {
            json = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a change notification: " + e.getOriginalMessage());
        }
        if (json.path("v").asInt() != VERSION) {
            return null;
        }
        List<Long> added = IdRanges.parse(json.path("added").asText(""));
        if (!json.has("changes")) {
            return new LiveChange(null, added);
        }
        List<ChangedNodes> entries = new ArrayList<>();
        for (JsonNode c : json.get("changes")) {
            ChangeType type = ChangeType.of(c.path("type").asText());
            if (type != null) {
                entries.add(new ChangedNodes(
                        type,
                        Operation.valueOf(c.path("op").asText()),
                        c.path("count").asInt(),
                        IdRanges.parse(c.path("ids").asText()).stream()
                                .map(id -> GlobalId.of(type.typeName(), id))
                                .toList()));
            }
        }
        GraphChange change = entries.isEmpty()
                ? null
                : new GraphChange(
                        OffsetDateTime.parse(json.path("at").asText()),
                        json.path("user").asText(),
                        json.path("via").asText(),
                        entries);
        return new LiveChange(change, added);
    }

    private static ObjectNode head(ChangeSet changes, int maxIds) {
        ObjectNode head = JSON.createObjectNode()
                .put("v", VERSION)
                .put("at", changes.at().toString())
                .put("user", shorten(changes.user()))
                .put("via", shorten(changes.via()));
        ArrayNode entries = head.putArray("changes");
        for (ChangeSet.Changed c : changes.changed()) {
            entries.addObject()
                    .put("type", c.type())
                    .put("op", c.operation().name())
                    .put("count", c.ids().size())
                    .put(
                            "ids",
                            String.join(
                                    ",",
                                    IdRanges.of(c.ids()
                                            .subList(0, Math.min(maxIds, c.ids().size())))));
        }
        return head;
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static int size(ObjectNode json) {
        return write(json).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String write(ObjectNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
