package firedrill.app;

import firedrill.app.cli.Cli;
import firedrill.app.diagnostics.Logging;
import firedrill.app.diagnostics.UncaughtErrors;
import firedrill.app.fx.DataDir;
import firedrill.app.shell.FiredrillApp;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Entry point. No arguments (or only GUI flags) open the desktop app; a subcommand runs headless.
 * This class deliberately references JavaFX only through {@link FiredrillApp} on the GUI branch, so
 * a headless subcommand never loads or initialises the JavaFX toolkit. Logging to the data
 * directory's log file and the handler for uncaught exceptions come first, before anything can fail.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Path data = DataDir.resolve();
        Path log = Logging.start(data);
        UncaughtErrors.installDefault();
        if (Cli.isGuiInvocation(args)) {
            LoggerFactory.getLogger(Main.class).info("Firedrill starting: data in {}, log in {}, Java {}",
                    data, log, System.getProperty("java.version"));
            FiredrillApp.launchGui(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
