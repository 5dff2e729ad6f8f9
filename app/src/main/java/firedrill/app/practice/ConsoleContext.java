package firedrill.app.practice;

import firedrill.app.debrief.DebriefFactory;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.TaskExecutor;
import java.util.function.BooleanSupplier;

/**
 * What the console needs from the app around it: navigation, the results screen, the sound setting,
 * and where background work (scoring, the pager sound) runs.
 */
public record ConsoleContext(Navigator navigator, DebriefFactory debrief, BooleanSupplier soundOn, TaskExecutor tasks) {}
