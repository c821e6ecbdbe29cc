package io.newsgraph.ingest;

import static io.newsgraph.graph.error.ErrorCode.VALIDATION;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsgraph.graph.error.Problem;
import io.newsgraph.graph.request.StoredText;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses bundle JSON strictly: unknown properties and malformed values are errors with a path. */
public final class BundleReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // a date is YYYY-MM-DD, as through GraphQL: leniently Jackson would cut "2024-06-13T18:00:00Z" to a date
            .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new SimpleModule().addDeserializer(String.class, new StorableString()))
            .build();

    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z]+\\.){2,}(?:\\w+\\$)?(\\w+)");

    private BundleReader() {}

    public static Bundle read(InputStream json) {
        try {
            return MAPPER.readValue(json, Bundle.class);
        } catch (JsonMappingException e) {
            throw new IngestException(List.of(new Problem(path(e), VALIDATION.name(), message(e))));
        } catch (JsonProcessingException e) {
            throw new IngestException(
                    List.of(new Problem("", VALIDATION.name(), "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundle", e);
        }
    }

    /** A string as Jackson reads it, refused (with its path) when no database could store it as it is. */
    private static final class StorableString extends StdScalarDeserializer<String> {
        StorableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            StoredText.Flaw flaw = StoredText.flaw(text);
            if (flaw != null) {
                throw JsonMappingException.from(parser, "the text has " + flaw);
            }
            return text;
        }
    }

    /** What is wrong, in the bundle's terms rather than Jackson's (no Java class names). */
    static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + unknown.getPropertyName() + "'; the properties here are: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            String got = value == null ? "" : ", got '" + value + "'";
            if (target.isEnum()) {
                return "expected one of "
                        + Arrays.stream(target.getEnumConstants())
                                .map(String::valueOf)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + got;
            }
            if (target == LocalDate.class) {
                return "expected a date, YYYY-MM-DD" + got;
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return "expected a number" + got;
            }
            if (target == String.class) {
                return "expected a string";
            }
            if (List.class.isAssignableFrom(target)) {
                return "expected a list";
            }
            return "expected an object";
        }
        return CLASS_NAME.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("$1");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
