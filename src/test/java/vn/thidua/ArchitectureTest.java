package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, enforced: rules that are not checked do not survive. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // Not Predefined.DO_NOT_INCLUDE_TESTS: it knows only target/test-classes, and builds
                // may use another folder (-Dthidua.buildDir).
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("vn.thidua");
    }

    @Test
    void domainIsPureJava() {
        noClasses().that().resideInAPackage("vn.thidua.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.apache.poi..", "org.h2..", "org.flywaydb..", "picocli..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("vn.thidua.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.store..", "vn.thidua.app..",
                        "vn.thidua.report..", "vn.thidua.ui..", "vn.thidua.cli..")
                .check(classes);
    }

    @Test
    void uiRunsNoSql() {
        noClasses().that().resideInAPackage("vn.thidua.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..", "vn.thidua.store..")
                .check(classes);
    }

    @Test
    void poiLivesInReportOnly() {
        noClasses().that().resideOutsideOfPackage("vn.thidua.report..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void appDeclaresWhatItNeedsFromReport() {
        // The use cases name the documents and the workbook they need (app.documents, app.ImportFiles);
        // report implements them and the composition root hands them over.
        noClasses().that().resideInAPackage("vn.thidua.app..")
                .should().dependOnClassesThat().resideInAPackage("vn.thidua.report..")
                .check(classes);
    }

    @Test
    void appAndCliKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("vn.thidua.app..", "vn.thidua.cli..", "vn.thidua.store..",
                        "vn.thidua.report..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootKnowsTheAlertDialogs() {
        // Screens get the DialogService interface; a test gives them its own, and nothing shows an Alert behind its back.
        noClasses().that().haveNameNotMatching("vn\\.thidua\\.ui\\.(Gui|common\\.FxDialogService)(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.thidua.ui.common.FxDialogService")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("vn.thidua.(**)").should().beFreeOfCycles().check(classes);
    }
}
