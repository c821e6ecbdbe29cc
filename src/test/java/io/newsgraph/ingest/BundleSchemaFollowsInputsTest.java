package io.newsgraph.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/bundle.schema.json describes the input records the reader binds, field for field: the same property names,
 * the same required ones (those the records declare not null or not blank), the same enum values. A field added to
 * an input and not to the JSON Schema, or the reverse, fails here.
 */
class BundleSchemaFollowsInputsTest {
    private final JsonNode schema;
    private final List<String> checked = new ArrayList<>();

    BundleSchemaFollowsInputsTest() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("docs/bundle.schema.json").toFile());
    }

    @Test
    void everyInputFieldIsInTheSchemaAndNothingElse() {
        compare(Bundle.class, schema, "bundle");
        assertThat("records compared: " + checked, checked.size() > 10, is(true));
    }

    private void compare(Class<?> record, JsonNode node, String path) {
        JsonNode object = objectOf(resolve(node));
        checked.add(path);
        Set<String> fields = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            fields.add(c.getName());
            // constraints reach the accessor, not the component
            java.lang.reflect.Method accessor = c.getAccessor();
            if (c.getType().isPrimitive()
                    || accessor.isAnnotationPresent(NotNull.class)
                    || accessor.isAnnotationPresent(NotBlank.class)
                    || accessor.isAnnotationPresent(NotEmpty.class)) {
                required.add(c.getName());
            }
        }
        Set<String> properties = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(path + ": properties", properties, is(fields));
        Set<String> requiredInSchema = new TreeSet<>();
        object.path("required").forEach(r -> requiredInSchema.add(r.asText()));
        // the format tag has a default; the reader fills it in
        required.remove("format");
        assertThat(path + ": required", requiredInSchema, is(required));
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = resolve(object.path("properties").path(c.getName()));
            Class<?> element = elementOf(c.getGenericType());
            String at = path + "." + c.getName();
            if (element.isRecord()) {
                compare(element, List.class.isAssignableFrom(c.getType()) ? property.path("items") : property, at);
            } else if (element.isEnum()) {
                JsonNode values = resolve(List.class.isAssignableFrom(c.getType()) ? property.path("items") : property);
                Set<String> inSchema = new TreeSet<>();
                values.path("enum").forEach(v -> inSchema.add(v.asText()));
                Set<String> constants = new TreeSet<>();
                Arrays.stream(element.getEnumConstants()).forEach(e -> constants.add(((Enum<?>) e).name()));
                assertThat(at + ": enum values", inSchema, is(constants));
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = schema.at(ref.substring(1));
        }
        return node;
    }

    /** The object form of a property that also takes a shorthand (a bare slug for a stop). */
    private JsonNode objectOf(JsonNode node) {
        for (String choice : List.of("oneOf", "anyOf")) {
            for (JsonNode option : node.path(choice)) {
                JsonNode resolved = resolve(option);
                if (resolved.has("properties")) {
                    return resolved;
                }
            }
        }
        return node;
    }

    private static Class<?> elementOf(Type type) {
        if (type instanceof ParameterizedType list) {
            Type item = list.getActualTypeArguments()[0];
            return item instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) item;
        }
        return (Class<?>) type;
    }
}
