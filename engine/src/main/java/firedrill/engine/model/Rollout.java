package firedrill.engine.model;

import firedrill.engine.rng.ClusterStreams;

/**
 * Telemetry rollout in waves (scripted trigger). Each cluster's wave comes from the scenario; within
 * its wave the pipeline reaches it at a point drawn per run, so runs differ in exactly which minute a
 * cluster is hit. Stands for: "change applied to all clusters 14:51–15:20" (S2).
 */
final class Rollout {
    private final int[] plannedArrival;

    Rollout(ModelSpec spec, ClusterStreams rng) {
        FleetLayout layout = spec.layout();
        plannedArrival = new int[layout.clusters()];
        for (int c = 0; c < plannedArrival.length; c++) {
            if (spec.rolloutTick() < 0 || layout.wave(c) <= 0) {
                plannedArrival[c] = -1;
                continue;
            }
            int waveStart = spec.rolloutTick() + (layout.wave(c) - 1) * spec.waveIntervalTicks();
            plannedArrival[c] = waveStart + (int) Math.floor(rng.nextDouble(c) * spec.waveIntervalTicks());
        }
    }

    private Rollout(int[] plannedArrival) {
        this.plannedArrival = plannedArrival;
    }

    /** The plan is fixed at run start, so forks can share it. */
    Rollout copy() {
        return new Rollout(plannedArrival);
    }

    int plannedArrival(int c) {
        return plannedArrival[c];
    }

    void step(FleetState s, int c, int tick) {
        if (plannedArrival[c] == tick && !s.rolloutPaused && !s.agentRemoved[c] && s.agentArrival[c] < 0) {
            s.agentArrival[c] = tick;
        }
    }
}
