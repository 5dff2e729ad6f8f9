package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;

/**
 * The telemetry agent on each cluster's nodes: ramps up over {@code rampSeconds} after it arrives
 * (DaemonSet rollout), winds down over {@code removalSeconds} once deleted or rolled back.
 * Its load is in {@link ControlPlane}: every agent lists cluster-wide objects, so the cluster pays
 * {@code seatsPerNodeSquared × agentShare × nodes²}. Stands for: "every node … resource-intensive
 * Kubernetes API operations … cost grew with cluster size" (S1, S2).
 */
final class Telemetry {
    final double seatsPerNodeSquared;
    private final double rampPerSecond;
    private final double removalPerSecond;

    Telemetry(Mechanisms.Telemetry p) {
        seatsPerNodeSquared = p == null ? 0 : p.seatsPerNodeSquared();
        rampPerSecond = p == null ? 1 : 1.0 / Math.max(1, p.rampSeconds());
        removalPerSecond = p == null ? 1 : 1.0 / Math.max(1, p.removalSeconds());
    }

    void step(FleetState s, int c) {
        if (s.agentRemoved[c]) {
            if (s.agent[c] > 0) {
                s.agent[c] = Math.max(0, s.agent[c] - removalPerSecond);
            }
        } else if (s.agentArrival[c] >= 0 && s.agent[c] < 1) {
            s.agent[c] = Math.min(1, s.agent[c] + rampPerSecond);
        }
    }
}
