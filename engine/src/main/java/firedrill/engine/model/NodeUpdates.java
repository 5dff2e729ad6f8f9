package firedrill.engine.model;

import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.TimelineEvent;
import firedrill.engine.rng.ClusterStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * Scripted cluster changes from the timeline: upgrades (which may remove a node label) and fleet-wide
 * OS updates that reach a share of each cluster's nodes over a window, breaking their networking.
 * Each cluster's update window is drawn per run inside the scripted one (unattended upgrades start
 * at random times). Stands for: "unattended upgrades spread over 06:00–07:00" (Datadog P1) and
 * "kubeadm upgrade apply removes the master label" (Reddit K).
 */
final class NodeUpdates {
    /** One update per (event, cluster): when it starts and ends, what share of nodes it breaks. */
    private record Planned(int cluster, int start, int end, double share, String removesLabel, boolean upgrade) {}

    private final List<Planned> planned;
    private final int[] pendingUntil;

    NodeUpdates(ModelSpec spec, ClusterStreams rng) {
        planned = new ArrayList<>();
        FleetLayout layout = spec.layout();
        pendingUntil = new int[layout.clusters()];
        java.util.Arrays.fill(pendingUntil, -1);
        for (TimelineEvent e : spec.scenario().timeline()) {
            boolean upgrade = TimelineEvent.UPGRADE.equals(e.kind());
            if (!upgrade && !TimelineEvent.OS_UPDATE.equals(e.kind())) {
                continue;
            }
            int at = spec.tickOf(e.at());
            int window = e.window() == null ? 0 : ScenarioTime.seconds(e.window());
            for (int c : firedrill.engine.model.Targets.resolveAscending(e.target(), layout)) {
                int start = upgrade ? at : at + (int) Math.floor(rng.nextDouble(c) * window * 0.5);
                int end = upgrade ? at + window : start + (int) Math.ceil(window * rng.uniform(c, 0.3, 0.5));
                double share = upgrade ? 0 : Math.min(1, Math.max(0, e.share() * rng.uniform(c, 0.9, 1.1)));
                planned.add(new Planned(c, start, Math.max(start + 1, end), share, e.removesLabel(), upgrade));
                pendingUntil[c] = Math.max(pendingUntil[c], end + 1);
            }
        }
    }

    /** Whether something is still scheduled for cluster c at or after {@code tick}. */
    boolean pending(int c, int tick) {
        return pendingUntil[c] >= tick;
    }

    void step(FleetState s, int c, int tick, PodNetwork network) {
        if (pendingUntil[c] < tick) {
            return;
        }
        for (Planned p : planned) {
            if (p.cluster() != c || tick < p.start() || tick > p.end()) {
                continue;
            }
            if (s.rolloutPaused && !p.upgrade()) {
                continue; // pausing stops updates that have not reached a node yet
            }
            if (p.upgrade()) {
                if (tick == p.end()) {
                    network.labelRemoved(s, c, p.removesLabel());
                }
                continue;
            }
            double target = p.share() * Math.min(1, (tick - p.start()) / (double) (p.end() - p.start()));
            double delta = target - s.updateApplied[c];
            if (delta > 0) {
                s.updateApplied[c] = target;
                s.nodeBroken[c] = Math.min(1, s.nodeBroken[c] + delta);
            }
        }
    }
}
