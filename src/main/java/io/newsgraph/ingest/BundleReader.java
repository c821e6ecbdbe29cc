package io.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Parses bundle JSON strictly: unknown properties and malformed values are errors with a path. */
public final class BundleReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private BundleReader() {
    }

    public static Bundle read(InputStream json) {
        try {
            return MAPPER.readValue(json, Bundle.class);
        } catch (JsonMappingException e) {
            throw new IngestException(List.of(new IngestProblem(path(e), "VALIDATION", e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new IngestException(List.of(new IngestProblem("", "VALIDATION",
                    "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundle", e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
