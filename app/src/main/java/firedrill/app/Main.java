package firedrill.app;

import firedrill.app.cli.Cli;
import firedrill.app.shell.FiredrillApp;

/**
 * Entry point. No arguments (or only GUI flags) open the desktop app; a subcommand runs headless.
 * This class deliberately references JavaFX only through {@link FiredrillApp} on the GUI branch, so
 * a headless subcommand never loads or initialises the JavaFX toolkit.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Cli.isGuiInvocation(args)) {
            FiredrillApp.launchGui(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
