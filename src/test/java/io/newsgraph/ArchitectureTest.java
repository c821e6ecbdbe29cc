package io.newsgraph;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.newsgraph.actor.ActorFilter;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.RoleInput;
import io.newsgraph.event.EstimateInput;
import io.newsgraph.event.EventFilter;
import io.newsgraph.event.EventInput;
import io.newsgraph.event.ParticipantInput;
import io.newsgraph.event.StopInput;
import io.newsgraph.location.LocationFilter;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.statement.SubjectInput;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, checked on the compiled main classes, and how filter inputs are built. */
class ArchitectureTest {
    /**
     * The packages of the graph model, which refer to each other in a knot: their entities (a statement names its
     * speaker and subject, evidence its fact), their GraphQL types and fields (an actor lists its statements, a
     * statement its speaker) and their filters (an actor filter nests a statement filter, which nests an actor
     * filter). The cycle rule takes them as one package.
     */
    private static final List<String> MODEL = List.of("actor", "event", "statement", "source", "location", "filter");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsgraph");
    }

    @Test
    void theKernelDependsOnNoDomainAndNoOuterLayer() {
        noClasses()
                .that()
                .resideInAPackage("io.newsgraph.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.newsgraph.actor..",
                        "io.newsgraph.event..",
                        "io.newsgraph.statement..",
                        "io.newsgraph.source..",
                        "io.newsgraph.location..",
                        "io.newsgraph.history..",
                        "io.newsgraph.filter..",
                        "io.newsgraph.search..",
                        "io.newsgraph.traversal..",
                        "io.newsgraph.live..",
                        "io.newsgraph.ingest..",
                        "io.newsgraph.cli..",
                        "io.newsgraph.http..")
                .check(main);
    }

    @Test
    void nothingDependsOnTheCommandLineOrTheHttpFilters() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.newsgraph.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.newsgraph.cli..")
                .check(main);
        noClasses()
                .that()
                .resideOutsideOfPackages("io.newsgraph.http..", "io.newsgraph.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.newsgraph.http..")
                .check(main);
    }

    @Test
    void theKernelsPartsFormNoCycle() {
        slices().matching("io.newsgraph.graph.(*)..").should().beFreeOfCycles().check(main);
    }

    /**
     * Filter and write inputs have many components, most of them null in any one input; a run of positional nulls is
     * easy to get wrong without the compiler noticing, and every new field would break each call. Code (main and
     * tests) builds them by name: filters through their builder or named factories, write inputs as bundles name
     * them (JSON, or {@code Inputs} in tests). The canonical constructors are left to the GraphQL and JSON binding.
     */
    @Test
    void inputsAreBuiltByNameNotByPosition() {
        JavaClasses mainAndTests = new ClassFileImporter().importPackages("io.newsgraph");
        List<Class<?>> inputs = List.of(
                StatementFilter.class,
                EventFilter.class,
                ActorFilter.class,
                LocationFilter.class,
                ActorInput.class,
                RoleInput.class,
                EventInput.class,
                ParticipantInput.class,
                StopInput.class,
                EstimateInput.class,
                StatementInput.class,
                SubjectInput.class,
                SourceInput.class,
                EvidenceInput.class,
                LocationInput.class);
        for (Class<?> input : inputs) {
            Class<?>[] components = Arrays.stream(input.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            noClasses()
                    .that()
                    .doNotBelongToAnyOf(input)
                    .should()
                    .callConstructor(input, components)
                    .because(input.getSimpleName() + " is built by name, not by position")
                    .check(mainAndTests);
        }
    }

    @Test
    void theDomainsDependOnNoIngestCommandLineOrHttpFilter() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.newsgraph.actor..",
                        "io.newsgraph.event..",
                        "io.newsgraph.statement..",
                        "io.newsgraph.source..",
                        "io.newsgraph.location..",
                        "io.newsgraph.history..",
                        "io.newsgraph.search..",
                        "io.newsgraph.live..",
                        "io.newsgraph.traversal..",
                        "io.newsgraph.filter..",
                        "io.newsgraph.limits..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.newsgraph.ingest..", "io.newsgraph.cli..", "io.newsgraph.http..")
                .check(main);
    }

    /** No cycle between the top-level packages, the graph model taken as one (see {@link #MODEL}). */
    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().assignedFrom(TOP_LEVEL_WITH_THE_MODEL_AS_ONE)
                .should()
                .beFreeOfCycles()
                .check(main);
    }

    private static final SliceAssignment TOP_LEVEL_WITH_THE_MODEL_AS_ONE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith("io.newsgraph.")) {
                return SliceIdentifier.ignore();
            }
            String top = name.substring("io.newsgraph.".length()).split("\\.")[0];
            return SliceIdentifier.of(MODEL.contains(top) ? "model" : top);
        }

        @Override
        public String getDescription() {
            return "the top-level packages of io.newsgraph, with " + MODEL + " as one";
        }
    };
}
