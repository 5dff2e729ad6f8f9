package firedrill.app.fx;

import firedrill.engine.scenario.Scenario;

/**
 * How screens move the main window along: library → briefing → console → results. Implemented by the
 * shell. Screens never construct the shell's screens themselves; the briefing builds the console,
 * and the console hands its result to the debrief factory it was given (so the results screen is
 * pluggable).
 */
public interface Navigator {
    /** The scenario library. */
    void home();

    /** Opens the briefing of a scenario. */
    void briefing(Scenario scenario);

    /** Shows a screen built by another screen (console, results). */
    void show(Screen screen);

    /**
     * Opens the scenario editor: on a copy of a shipped scenario, on a user scenario's own file, or
     * (null) on a new scenario from the template. Navigators without an editor ignore it.
     */
    default void author(Scenario scenario) {}

    /**
     * Opens a document (a file: URI such as an exported report) with the desktop's default application.
     * Navigators without a desktop ignore it.
     */
    default void openDocument(String uri) {}
}
