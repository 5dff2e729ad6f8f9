package firedrill.app.practice;

import firedrill.app.debrief.DebriefFactory;
import firedrill.app.fx.Navigator;
import java.util.function.BooleanSupplier;

/** What the console needs from the app around it: navigation, the results screen, the sound setting. */
public record ConsoleContext(Navigator navigator, DebriefFactory debrief, BooleanSupplier soundOn) {
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
        return new ConsoleContext(nowhere, (result, nav) -> null, () -> false);
    }
}
