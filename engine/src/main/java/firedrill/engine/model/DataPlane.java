package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;

/**
 * Workloads and services. Workloads fail with DNS at once and come back over {@code warmupSeconds}
 * once it resolves again (crash-loop back-off, image pulls). A cluster serves up to
 * {@code (1 + headroom) × nodes/originalNodes} of its normal traffic. A service's availability is the
 * traffic-weighted success over the clusters that carry it. Stands for: "a near-total outage of all
 * products" when the large clusters' DNS failed (S1).
 */
final class DataPlane {
    private final double headroom;
    private final double warmupPerSecond;
    private final double[] originalNodes;
    private final double[] baseLoad;
    /** baseLoad × (1 + headroom) / originalNodes: capacity per current node, precomputed. */
    private final double[] capacityPerNode;

    DataPlane(Mechanisms.DataPlane p, FleetLayout layout) {
        headroom = p.headroom();
        warmupPerSecond = 1.0 / Math.max(1, p.warmupSeconds());
        originalNodes = new double[layout.clusters()];
        baseLoad = new double[layout.clusters()];
        capacityPerNode = new double[layout.clusters()];
        for (int c = 0; c < originalNodes.length; c++) {
            originalNodes[c] = layout.nodes(c);
            for (int s = 0; s < layout.services(); s++) {
                baseLoad[c] += layout.share(s, c) * layout.weight(s);
            }
            capacityPerNode[c] = baseLoad[c] * (1 + headroom) / originalNodes[c];
        }
    }

    /** Workloads of one cluster follow its DNS; what it serves is capped by its capacity. */
    void step(FleetState s, int c) {
        double dns = s.dnsOk[c] * s.podNet[c];
        double w = s.warm[c];
        s.warm[c] = dns <= w ? dns : Math.min(dns, w + warmupPerSecond);
        double load = s.load[c];
        double room = capacityPerNode[c] * s.nodes[c];
        s.served[c] = s.warm[c] * s.consumerOk[c] * (load <= room ? 1 : room / load);
    }

    /** Traffic-weighted success of each service over the clusters that carry it. */
    void services(FleetState s, double[] availability) {
        for (int k = 0; k < s.services; k++) {
            double[] share = s.share[k];
            double a = 0;
            for (int c = 0; c < s.n; c++) {
                a += share[c] * s.served[c];
            }
            availability[k] = Math.min(1, a);
        }
    }

    /** Traffic (in service-share units) the cluster can serve at its current size. */
    double capacity(FleetState s, int c) {
        return capacityPerNode[c] * s.nodes[c];
    }

    double baseLoad(int c) {
        return baseLoad[c];
    }
}
