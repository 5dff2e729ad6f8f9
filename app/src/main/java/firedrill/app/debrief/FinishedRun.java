package firedrill.app.debrief;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Simulation;

/**
 * A run as the console hands it over when the exercise ends: the simulation (no longer stepped by
 * anyone else), why and when it ended, and the mode it was played in.
 */
public record FinishedRun(ModelSpec spec, long seed, Simulation sim, int endTick, String endReason, String mode) {}
