package org.caseloadplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the code keeps: data flows database -> stores -> services -> screens, never back. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caseloadplanner");
    }

    @Test
    void domainKnowsNothingOfScreensOrDatabases() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "org.h2..", "org.flywaydb..", "org.caseloadplanner.store..", "org.caseloadplanner.service..",
                        "org.caseloadplanner.ui..")
                .check(classes);
    }

    @Test
    void storesAndServicesKnowNothingOfScreens() {
        noClasses().that().resideInAnyPackage("..store..", "..service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.caseloadplanner.ui..",
                        "org.caseloadplanner.app..")
                .check(classes);
    }

    @Test
    void headlessCommandsNeverTouchJavaFx() {
        noClasses().that().resideInAPackage("org.caseloadplanner.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..",
                        "org.caseloadplanner.ui..")
                .check(classes);
    }

    @Test
    void screensReachTheDatabaseOnlyThroughServices() {
        noClasses().that().resideInAPackage("org.caseloadplanner.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..")
                .check(classes);
    }

    @Test
    void onlyStoresWriteSql() {
        noClasses().that().resideOutsideOfPackage("org.caseloadplanner.store..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .orShould().callMethod(org.jdbi.v3.core.Handle.class, "createQuery", String.class)
                .orShould().callMethod(org.jdbi.v3.core.Handle.class, "createUpdate", String.class)
                .orShould().callMethod(org.jdbi.v3.core.Handle.class, "execute", String.class, Object[].class)
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.caseloadplanner.(**)").should().beFreeOfCycles().check(classes);
    }
}
