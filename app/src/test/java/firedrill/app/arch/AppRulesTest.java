package firedrill.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's feature packages depend on each other one way (ADR 0019): {@code fx} and {@code session}
 * at the bottom, {@code shell} and {@code cli} at the top, the features in between. These rules fail
 * the build, with the reason, when a change closes a cycle or lets a lower package reach upwards.
 */
class AppRulesTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("firedrill.app");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchRule rule = slices().matching("firedrill.app.(*)..").should().beFreeOfCycles()
                .because("each feature package can then be read, tested and replaced on its own (ADR 0019)");
        rule.check(app);
    }

    @Test
    void sharedPackagesStayBelowTheFeatures() {
        ArchRule rule = noClasses().that().resideInAnyPackage("firedrill.app.fx..", "firedrill.app.session..")
                .should().dependOnClassesThat().resideInAnyPackage("firedrill.app.author..", "firedrill.app.cli..",
                        "firedrill.app.debrief..", "firedrill.app.drill..", "firedrill.app.home..",
                        "firedrill.app.practice..", "firedrill.app.shell..")
                .because("fx (JavaFX helpers) and session (records on disk) serve every feature and know none (ADR 0019)");
        rule.check(app);
    }

    @Test
    void onlyTheShellAndTheCliAssembleTheApp() {
        ArchRule rule = noClasses().that().resideInAnyPackage("firedrill.app.author..", "firedrill.app.debrief..",
                        "firedrill.app.drill..", "firedrill.app.home..", "firedrill.app.practice..",
                        "firedrill.app.fx..", "firedrill.app.session..")
                .should().dependOnClassesThat().resideInAnyPackage("firedrill.app.shell..", "firedrill.app.cli..")
                .because("features reach the rest of the app through Navigator and factories the shell hands them,"
                        + " so a feature never depends on the window that hosts it (ADR 0019)");
        rule.check(app);
    }
}
