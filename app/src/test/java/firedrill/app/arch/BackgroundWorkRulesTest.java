package firedrill.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Background work goes through the one {@code TaskExecutor} the app creates (ADR 0016). A class that
 * starts its own thread or pool is named here with its reason, or the build fails.
 */
class BackgroundWorkRulesTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("firedrill.app");
    }

    @Test
    void onlyNamedClassesStartThreads() {
        ArchRule rule = noClasses().that().resideInAPackage("firedrill.app..")
                // The app's worker pool itself.
                .and().doNotHaveFullyQualifiedName("firedrill.app.fx.FxTaskExecutor")
                // Owns the simulation on its own thread for the whole run (ADR 0005).
                .and().doNotHaveFullyQualifiedName("firedrill.app.practice.SimulationRunner")
                // A drill's periodic autosave, one thread for the drill's lifetime; close() stops it.
                .and().doNotHaveFullyQualifiedName("firedrill.app.drill.Drill")
                // The participants' web server (ADR 0044): one push thread sends each new frame to every open
                // event stream within 50 ms, and must not queue behind exports on the app's pool; it starts
                // only when the facilitator invites participants and stops in close() with Jetty's own pool.
                .and().doNotHaveFullyQualifiedName("firedrill.app.drill.web.DrillWebServer")
                // --smoke's watchdog and exit timer must work even when the app's own threads are stuck.
                .and().doNotHaveFullyQualifiedName("firedrill.app.shell.SmokeProbe")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a Thread constructor",
                                t -> t.getOwner().isAssignableTo(Thread.class))))
                .orShould().dependOnClassesThat().belongToAnyOf(Executors.class)
                .because("screens get the app's TaskExecutor through their context; it shuts down with the app"
                        + " and a test replaces it with one that runs in place (ADR 0016)");
        rule.check(app);
    }
}
