package firedrill.app.practice;

import firedrill.app.debrief.DebriefFactory;
import firedrill.app.debrief.RunSaver;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.TaskExecutor;
import java.util.function.BooleanSupplier;

/**
 * What the console needs from the app around it: navigation, the results screen, the sound setting,
 * where a finished run is saved before it is scored, and where background work (scoring, the pager
 * sound) runs.
 */
public record ConsoleContext(Navigator navigator, DebriefFactory debrief, BooleanSupplier soundOn, RunSaver saver,
                             TaskExecutor tasks) {
    /** A console whose runs are not saved (drills, benches, tests). */
    public ConsoleContext(Navigator navigator, DebriefFactory debrief, BooleanSupplier soundOn, TaskExecutor tasks) {
        this(navigator, debrief, soundOn, RunSaver.NONE, tasks);
    }

    /** A console on its own (ui-bench): navigation goes nowhere, no results screen, no sound. */
    public static ConsoleContext detached() {
        Navigator nowhere = new Navigator() {
            @Override
            public void home() {}

            @Override
            public void briefing(firedrill.engine.scenario.Scenario s) {}

            @Override
            public void show(firedrill.app.fx.Screen screen) {}
        };
        return new ConsoleContext(nowhere, (result, nav) -> null, () -> false, new firedrill.app.fx.FxTaskExecutor());
    }
}
