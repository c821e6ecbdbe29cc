package io.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.newsgraph.actor.ActorFilter;
import io.newsgraph.event.EventFilter;
import io.newsgraph.location.LocationFilter;
import io.newsgraph.statement.StatementFilter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, checked on the compiled main classes, and how filter inputs are built. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsgraph");
    }

    @Test
    void theKernelDependsOnNoDomainAndNoOuterLayer() {
        noClasses().that().resideInAPackage("io.newsgraph.graph..").should().dependOnClassesThat()
                .resideInAnyPackage("io.newsgraph.actor..", "io.newsgraph.event..", "io.newsgraph.statement..",
                        "io.newsgraph.source..", "io.newsgraph.location..", "io.newsgraph.history..",
                        "io.newsgraph.filter..", "io.newsgraph.search..", "io.newsgraph.traversal..",
                        "io.newsgraph.live..", "io.newsgraph.ingest..", "io.newsgraph.cli..", "io.newsgraph.http..")
                .check(main);
    }

    @Test
    void nothingDependsOnTheCommandLineOrTheHttpFilters() {
        noClasses().that().resideOutsideOfPackage("io.newsgraph.cli..").should().dependOnClassesThat()
                .resideInAPackage("io.newsgraph.cli..").check(main);
        noClasses().that().resideOutsideOfPackages("io.newsgraph.http..", "io.newsgraph.cli..").should()
                .dependOnClassesThat().resideInAPackage("io.newsgraph.http..").check(main);
    }

    @Test
    void theKernelsPartsFormNoCycle() {
        slices().matching("io.newsgraph.graph.(*)..").should().beFreeOfCycles().check(main);
    }

    /**
     * The filter inputs have many components, most of them null in any one filter; a run of positional nulls is easy to
     * get wrong without the compiler noticing. Code (main and tests) builds them by name through the record's own
     * factories or builder; the canonical constructor is left to the GraphQL input binding.
     */
    @Test
    void filterInputsAreBuiltByNameNotByPosition() {
        JavaClasses mainAndTests = new ClassFileImporter().importPackages("io.newsgraph");
        for (Class<?> filter : List.of(StatementFilter.class, EventFilter.class, ActorFilter.class,
                LocationFilter.class)) {
            Class<?>[] components = Arrays.stream(filter.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            noClasses().that().doNotBelongToAnyOf(filter).should().callConstructor(filter, components)
                    .because("filters are built by name (" + filter.getSimpleName() + ".builder() or a named factory)")
                    .check(mainAndTests);
        }
    }
}
