package firedrill.app.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.util.Map;

/**
 * Diagnostics go to the log (ADR 0013): no {@code printStackTrace()} anywhere in the engine or the
 * app, and no {@code System.out}/{@code System.err} outside the CLI, whose answers are its interface.
 * Exceptions are named here with the reason.
 */
@AnalyzeClasses(packages = "firedrill", importOptions = ImportOption.DoNotIncludeTests.class)
class StandardStreamsTest {
    /** Classes outside {@code firedrill.app.cli} that may use the standard streams, and why. */
    static final Map<String, String> ALLOWED = Map.of(
            "firedrill.app.shell.SmokeProbe",
            "`firedrill --smoke` prints its measurement on stdout and its time-out on stderr for scripts to read");

    private static final DescribedPredicate<JavaClass> ALLOWED_CLASS =
            DescribedPredicate.describe("allowed to use standard streams", c -> ALLOWED.containsKey(c.getName()));

    @ArchTest
    static final ArchRule standardStreamsOnlyInTheCli = noClasses()
            .that().resideOutsideOfPackage("firedrill.app.cli..")
            .and(DescribedPredicate.not(ALLOWED_CLASS))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("diagnostics go to the log, where a desktop launch can find them; "
                    + "only CLI commands print (their results are their interface)");

    @ArchTest
    static final ArchRule noPrintStackTrace = noClasses()
            .should().callMethodWhere(target(name("printStackTrace")).and(target(rawParameterTypes(new Class<?>[0]))))
            .orShould().callMethodWhere(target(name("printStackTrace")).and(target(rawParameterTypes(PrintStream.class))))
            .because("a stack trace on stderr vanishes when the app starts from a desktop launcher; log it instead");
}
