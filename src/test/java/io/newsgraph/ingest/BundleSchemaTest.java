package io.newsgraph.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.event.EventKind;
import io.newsgraph.event.ParticipantRole;
import io.newsgraph.statement.Modality;
import io.newsgraph.statement.Stance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/bundle.schema.json accepts the bundles we ship, rejects what the reader rejects, and names every enum value. */
class BundleSchemaTest {
    private static final Path SCHEMA = Path.of("docs/bundle.schema.json");

    private static List<Error> validate(String json) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void shippedBundlesAreValid() throws IOException {
        for (String bundle : List.of(
                "src/main/resources/seed/nk-troops-russia.bundle.json",
                "src/test/resources/bundles/g7-ukraine-loan.bundle.json")) {
            assertThat(bundle, validate(Files.readString(Path.of(bundle))), is(empty()));
        }
    }

    @Test
    void typosAndBadSlugsAreInvalid() throws IOException {
        List<Error> errors = validate("""
                {"actors": [{"slug": "Bad Slug", "name": "X", "kind": "PERSON", "nickname": "y"}],
                 "statements": [{"slug": "s", "speaker": "x", "stance": "APPLAUD", "subject": {"event": "e"},
                   "summary": "x", "evidence": []}]}""");
        List<String> where =
                errors.stream().map(e -> e.getInstanceLocation().toString()).toList();
        assertThat(
                where.toString(), where.stream().anyMatch(w -> w.contains("actors") && w.contains("slug")), is(true));
        assertThat(
                errors.toString(), errors.stream().anyMatch(e -> e.getMessage().contains("nickname")), is(true));
        assertThat(where.toString(), where.stream().anyMatch(w -> w.contains("stance")), is(true));
        assertThat(where.toString(), where.stream().anyMatch(w -> w.contains("evidence")), is(true));
    }

    @Test
    void enumsMatchTheCode() throws IOException {
        String schema = Files.readString(SCHEMA);
        for (Class<? extends Enum<?>> type :
                List.of(ActorKind.class, EventKind.class, ParticipantRole.class, Stance.class, Modality.class)) {
            Set<String> values = new TreeSet<>(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            assertThat(type.getSimpleName(), enums(schema), hasItem(values));
        }
        assertThat(enums(schema), not(empty()));
    }

    private static List<Set<String>> enums(String schema) {
        Matcher m = Pattern.compile("\"enum\": \\[([^\\]]*)\\]").matcher(schema);
        List<Set<String>> all = new java.util.ArrayList<>();
        while (m.find()) {
            all.add(new TreeSet<>(Arrays.stream(m.group(1).split(","))
                    .map(s -> s.trim().replace("\"", ""))
                    .toList()));
        }
        return all;
    }
}
