package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;

/**
 * Cross-node pod networking. It works while the network component (e.g. Calico route reflectors,
 * selected by a node label) has members and a node's own rules are intact. Routes are withdrawn over
 * {@code holdSeconds} when the component loses its members (BGP hold time) and come back over
 * {@code reconvergeSeconds}. Stands for: Reddit's 1.24 upgrade removed the label that selected the
 * route reflectors (Reddit P, K); Datadog's systemd-networkd restart flushed Cilium's rules (P1).
 */
final class PodNetwork {
    private final boolean enabled;
    private final double downPerSecond;
    private final double upPerSecond;
    final String componentSelector;
    final boolean controlPlaneOnWorkers;

    PodNetwork(Mechanisms.Network p) {
        enabled = p != null;
        downPerSecond = p == null ? 1 : 1.0 / Math.max(1, p.holdSeconds());
        upPerSecond = p == null ? 1 : 1.0 / Math.max(1, p.reconvergeSeconds());
        componentSelector = p == null ? null : p.componentSelector();
        controlPlaneOnWorkers = p != null && Boolean.TRUE.equals(p.controlPlaneOnWorkers());
    }

    static void init(FleetState s, Mechanisms.Network p) {
        boolean webhooks = p != null && Boolean.TRUE.equals(p.admissionWebhooks());
        java.util.Arrays.fill(s.webhooks, webhooks);
    }

    void step(FleetState s, int c) {
        if (!enabled) {
            return;
        }
        double target = (s.componentOk[c] ? 1 : 0) * (1 - s.nodeBroken[c]);
        double net = s.podNet[c];
        if (net > target) {
            s.podNet[c] = Math.max(target, net - downPerSecond);
        } else if (net < target) {
            s.podNet[c] = Math.min(target, net + upPerSecond);
        }
    }

    /** An upgrade removed {@code label} from the control-plane nodes. */
    void labelRemoved(FleetState s, int c, String label) {
        if (label != null && label.equals(componentSelector)) {
            s.componentOk[c] = false;
        }
    }
}
