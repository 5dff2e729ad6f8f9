package firedrill.app.debrief;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;

/**
 * Builds the screen a scored run is shown on. The shell supplies the implementation (today
 * {@link ResultsView}, with personal-best bookkeeping around it); a richer debrief can replace it
 * without touching the console.
 */
@FunctionalInterface
public interface DebriefFactory {
    Screen create(RunResult result, Navigator navigator);
}
