package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;

/**
 * Repairing broken nodes (reboot, re-image), limited by the organisation's recovery capacity in nodes
 * per minute, shared equally by the clusters under repair. Repaired nodes re-register and re-list,
 * so repairing faster than the control plane can absorb brings a herd. Stands for: "restart thousands
 * of worker nodes gradually so control planes were not overwhelmed" (Datadog P4).
 */
final class Repair {
    private final double nodesPerSecond;

    Repair(Mechanisms.Repair p) {
        nodesPerSecond = p == null || p.nodesPerMinute() == null ? 0 : p.nodesPerMinute() / 60.0;
    }

    /** Share of its nodes each repairing cluster gets back this tick. */
    void step(FleetState s, int tick) {
        int count = 0;
        for (int c = 0; c < s.n; c++) {
            if (s.repairing[c]) {
                count++;
            }
        }
        if (count == 0 || nodesPerSecond <= 0) {
            return;
        }
        double perCluster = nodesPerSecond / count;
        for (int c = 0; c < s.n; c++) {
            if (!s.repairing[c]) {
                continue;
            }
            double before = s.nodeBroken[c];
            double repaired = Math.min(before, perCluster / Math.max(1, s.nodes[c]));
            s.nodeBroken[c] = before - repaired;
            if (repaired > 0 && s.admitted[c] > 0) {
                // Rejoining nodes list everything: they enter the relisting population.
                s.relist[c] = Math.min(1, s.relist[c] + repaired);
            }
            if (s.nodeBroken[c] <= 1e-9) {
                s.nodeBroken[c] = 0;
                s.repairing[c] = false;
            }
            s.wake(c);
            s.settledBefore[c] = false;
        }
    }
}
