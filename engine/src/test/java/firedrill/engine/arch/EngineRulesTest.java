package firedrill.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine must be deterministic and UI-free (ADR 0001). These rules fail the build, with a reason,
 * when an engine class reaches for JavaFX, AWT, unseeded randomness or the wall clock.
 */
class EngineRulesTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("firedrill.engine");
    }

    @Test
    void engineHasNoUiDependencies() {
        ArchRule rule = noClasses().that().resideInAPackage("firedrill.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("the engine runs headless and is observed by the UI, never tied to it (ADR 0001)");
        rule.check(engine);
    }

    @Test
    void engineUsesOnlySeededRandomness() {
        ArchRule rule = noClasses().that().resideInAPackage("firedrill.engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .because("every draw must come from a stream derived from the run's seed (ADR 0001)");
        rule.check(engine);
    }

    @Test
    void engineNeverReadsTheWallClock() {
        ArchRule rule = noClasses().that().resideInAPackage("firedrill.engine..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a System clock method",
                                t -> t.getOwner().isEquivalentTo(System.class) && t.getName().contains("Time"))))
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a now() factory",
                                t -> t.getName().equals("now"))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.InstantSource")
                .because("simulated time is integer ticks; wall time never enters the engine (ADR 0001)");
        rule.check(engine);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchRule rule = slices().matching("firedrill.engine.(*)..").should().beFreeOfCycles()
                .because("feature packages layer one way (scenario, rng, command -> model -> action, alert -> sim"
                        + " -> score -> report), so each can be read and tested on its own");
        rule.check(engine);
    }
}
