package firedrill.app.fx;

import javafx.scene.Parent;

/** One screen of the main window (home, briefing, console, results). */
public interface Screen {
    Parent root();

    /** Short name for the app bar's breadcrumb. */
    String title();

    /** Called after the screen became the window's content (its scene is set). */
    default void shown() {}

    /** Called when the window leaves this screen: stop timers and threads, remove scene handlers. */
    default void dispose() {}

    /**
     * Asked before the window leaves this screen (navigation or closing the app). A screen holding
     * unsaved work (the scenario editor) may ask the user and return false to stay.
     */
    default boolean canLeave() {
        return true;
    }
}
