package firedrill.engine.model;

/**
 * Cloud node-group resizes (outside Kubernetes, so they work during lock-out). Shrinking cuts the
 * nodes² load; growing back adds nodes whose kubelets list everything when they join, so growing too
 * fast is a herd of its own. Stands for: "reduce cluster size, lowering aggregate API load" (S1).
 */
final class NodeGroups {
    void step(FleetState s, int c) {
        double rate = s.nodeRate[c];
        if (rate == 0) {
            return;
        }
        double before = s.nodes[c];
        double after = rate > 0 ? Math.min(s.nodeTarget[c], before + rate) : Math.max(s.nodeTarget[c], before + rate);
        if (after > before && s.admitted[c] > 0) {
            s.relist[c] = (s.relist[c] * before + (after - before)) / after;
        }
        s.nodes[c] = after;
        if (after == s.nodeTarget[c]) {
            s.nodeRate[c] = 0;
        }
    }

    /** Starts a resize to {@code target} nodes at {@code nodesPerSecond}. */
    static void resize(FleetState s, int c, double target, double nodesPerSecond) {
        s.nodeTarget[c] = Math.max(1, target);
        double delta = s.nodeTarget[c] - s.nodes[c];
        s.nodeRate[c] = delta == 0 ? 0 : Math.copySign(Math.max(1e-9, nodesPerSecond), delta);
    }
}
