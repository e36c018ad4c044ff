package io.vaultdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers point one way: cli/ui → app → watch → index → vault. Only ui may touch JavaFX; only index SQL. */
@AnalyzeClasses(packages = "io.vaultdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule vaultIsPureJava = noClasses().that().resideInAPackage("io.vaultdesk.vault..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                    "io.vaultdesk.index..", "io.vaultdesk.watch..", "io.vaultdesk.app..", "io.vaultdesk.ui..",
                    "io.vaultdesk.cli..");

    @ArchTest
    static final ArchRule indexKnowsOnlyTheVault = noClasses().that().resideInAPackage("io.vaultdesk.index..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.vaultdesk.watch..",
                    "io.vaultdesk.app..", "io.vaultdesk.ui..", "io.vaultdesk.cli..");

    @ArchTest
    static final ArchRule watchIsBelowTheApp = noClasses().that().resideInAPackage("io.vaultdesk.watch..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "io.vaultdesk.app..",
                    "io.vaultdesk.ui..", "io.vaultdesk.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule appHasNoUiAndNoSql = noClasses().that().resideInAPackage("io.vaultdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "io.vaultdesk.ui..",
                    "io.vaultdesk.cli..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("io.vaultdesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /** The index's values (records, enums, listener interfaces, its exception) may travel up; its workers may not. */
    private static final DescribedPredicate<JavaClass> INDEX_WORKERS = resideInAPackage("io.vaultdesk.index..")
            .and(not(assignableTo(Record.class))).and(not(JavaClass.Predicates.INTERFACES))
            .and(not(JavaClass.Predicates.ENUMS))
            .and(not(assignableTo(Exception.class))).as("the index's classes that run SQL");

    @ArchTest
    static final ArchRule uiAndCliGoThroughTheApp = noClasses().that()
            .resideInAnyPackage("io.vaultdesk.ui..", "io.vaultdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
            .orShould().dependOnClassesThat(INDEX_WORKERS)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.vaultdesk.(*)..").should().beFreeOfCycles();
}
