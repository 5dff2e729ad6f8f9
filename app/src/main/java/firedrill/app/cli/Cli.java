package firedrill.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Headless command line: subcommands that run without starting JavaFX. */
@Command(
        name = "firedrill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Incident training simulator. With no arguments, opens the desktop app.",
        subcommands = {SimulateCommand.class, ValidateCommand.class, ParCommand.class, ScoreCommand.class, BenchCommand.class,
                CohortCommand.class, ExportCommand.class, MselCommand.class, ImportTimelineCommand.class,
                CalibrateCommand.class, SensitivityCommand.class,
                UiBenchCommand.class, SampleDataCommand.class, DrillCommand.class, DrillLoadCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cli.class);
    /** Exit codes (README, ADR 0002). */
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;

    /** Flags the GUI understands; anything else is a CLI invocation. */
    private static final java.util.Set<String> GUI_FLAGS = java.util.Set.of("--smoke");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static boolean isGuiInvocation(String[] args) {
        return Arrays.stream(args).allMatch(GUI_FLAGS::contains);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("firedrill: " + ex.getMessage());
            err.println("Try 'firedrill --help'.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // The message is the command's answer; the stack trace is a diagnostic and goes to the log.
            LOG.error("firedrill {} failed", String.join(" ", args), ex);
            java.nio.file.Path log = firedrill.app.diagnostics.Logging.file();
            err.println("firedrill: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
                    + (log == null ? "" : " (details in " + log + ")"));
            return RUN_FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
