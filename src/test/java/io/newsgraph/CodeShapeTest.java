package io.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Shapes the code and docs keep: small ingest classes, configuration through mappings, figures named by date. */
class CodeShapeTest {
    private static final int MAX_INGEST_LINES = 300;
    private static final Pattern DIARY = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|this|that|next|previous|last"
                    + "|earlier|later) sessions?\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noIngestClassIsOverThreeHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/newsgraph/ingest"))) {
            for (Path f : files.toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines > MAX_INGEST_LINES) {
                    tooLong.add(f + ": " + lines + " lines");
                }
            }
        }
        assertThat(tooLong, empty());
    }

    @Test
    void configurationIsReadThroughMappingsNotConfigProperty() {
        noFields()
                .should()
                .beAnnotatedWith(ConfigProperty.class)
                .because("settings are @ConfigMapping interfaces grouped by concern")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.newsgraph"));
    }

    /** Readers do not know the project's work sessions: a measurement is named by its date and commit. */
    @Test
    void docsNameMeasurementsByDateNotBySession() throws IOException {
        List<String> diary = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).forEach(docs::add);
        }
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc);
            for (int i = 0; i < lines.size(); i++) {
                if (DIARY.matcher(lines.get(i)).find()) {
                    diary.add(doc + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(diary, empty());
    }
}
