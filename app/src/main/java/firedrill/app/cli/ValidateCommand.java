package firedrill.app.cli;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.ScenarioWarnings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: exit 0 when every file is a valid scenario; else one line per problem and exit 2.
 * Warnings (meaningless but harmless settings) are printed on stderr as {@code file: path: warning: …}
 * and do not change the exit code.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate scenario files: prints 'file: $.json.path: message' per problem.")
public final class ValidateCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ValidateCommand.class);
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path f : files) {
            try {
                List<Problem> warnings = ScenarioWarnings.check(f.toString(), ScenarioLoader.load(f));
                // Warnings do not fail validation: files that loaded before keep loading (ADR 0042).
                out.println(f + ": ok" + (warnings.isEmpty() ? "" : " (" + warnings.size() + " warning"
                        + (warnings.size() == 1 ? "" : "s") + ")"));
                warnings.forEach(err::println);
            } catch (InvalidInputException e) {
                bad++;
                e.problems().forEach(err::println);
            } catch (RuntimeException e) {
                bad++;
                // Not expected (the loader reports problems, never throws); still, no Java names for users.
                LOG.error("Validating {} failed unexpectedly", f, e);
                err.println(f + ": $: cannot be validated: internal error while checking this file");
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? Cli.OK : Cli.BAD_INPUT;
    }
}
