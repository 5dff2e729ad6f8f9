package firedrill.app.debrief;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Saves a finished run the moment it ends, before anything is scored, so that a scoring failure or
 * closing the app while it scores loses nothing (the debrief later adds the outcome and grade to the
 * same file). The shell's implementation is {@link Debriefs#saveFinished}.
 */
@FunctionalInterface
public interface RunSaver {
    /** Does not save (drills, which keep their own record; tests). */
    RunSaver NONE = run -> null;

    /** Saves the run and returns its file, or null when this saver keeps nothing. */
    Path save(FinishedRun run) throws IOException;

    /**
     * Called on the FX thread the moment a run ends, before {@link #save} runs in the background: lets
     * readers of the saved attempts (History) wait for the save instead of showing a list without it.
     */
    default void announce() {}
}
