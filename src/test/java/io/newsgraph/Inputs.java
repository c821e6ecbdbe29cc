package io.newsgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input records built by field name, as a bundle file names them, e.g.
 * {@code Inputs.of(ActorInput.class).with("slug", "x").with("name", "X").build()}: a field added to an input leaves
 * every test that builds one as it is (ArchitectureTest keeps code off the canonical constructors). An unknown name
 * fails; fields not named are null. A nested input may be given as a map of its fields.
 */
public final class Inputs<T> {
    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final Class<T> type;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Inputs(Class<T> type) {
        this.type = type;
    }

    public static <T> Inputs<T> of(Class<T> type) {
        return new Inputs<>(type);
    }

    public Inputs<T> with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public T build() {
        return JSON.convertValue(fields, type);
    }
}
