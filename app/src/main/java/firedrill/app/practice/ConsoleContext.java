package firedrill.app.practice;

import firedrill.app.debrief.DebriefFactory;
import firedrill.app.fx.Navigator;
import java.util.function.BooleanSupplier;

/** What the console needs from the app around it: navigation, the results screen, the sound setting. */
public record ConsoleContext(Navigator navigator, DebriefFactory debrief, BooleanSupplier soundOn) {}
