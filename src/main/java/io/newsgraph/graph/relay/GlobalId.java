package io.newsgraph.graph.relay;

import io.newsgraph.graph.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque global ids: base64url of "Type:databaseId". */
public record GlobalId(String type, long dbId) {

    public static String of(String type, long dbId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((type + ":" + dbId).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId parse(String id) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException();
            }
            return new GlobalId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(
                    "'" + id + "' is not a valid node id. Use an `id` value returned by this API.");
        }
    }
}
