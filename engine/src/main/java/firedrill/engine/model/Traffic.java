package firedrill.engine.model;

/**
 * Edge traffic shifting (shift-traffic). Moves the targets' traffic to the healthiest clusters that
 * serve the same service, only up to their spare capacity; what cannot move stays. The total share
 * of each service is conserved. Stands for: "engineers begin moving traffic out of affected
 * clusters" at 15:27 (S2), which could not prevent the 15:40 peak: the healthy clusters were small.
 */
final class Traffic {
    private final DataPlane dataPlane;
    private final FleetLayout layout;

    Traffic(DataPlane dataPlane, FleetLayout layout) {
        this.dataPlane = dataPlane;
        this.layout = layout;
    }

    /** Returns the share moved, summed over services. */
    double shiftAway(FleetState s, boolean[] isTarget) {
        return shiftAway(s, isTarget, null, null);
    }

    /**
     * Moves only the services in {@code services} (null: all) to receivers in {@code allowed} (null: any
     * cluster); returns the share moved, summed over services.
     */
    double shiftAway(FleetState s, boolean[] isTarget, boolean[] services, boolean[] allowed) {
        int n = s.n;
        Integer[] receivers = new Integer[n];
        int count = 0;
        for (int c = 0; c < n; c++) {
            if (!isTarget[c] && dataPlane.baseLoad(c) > 0 && (allowed == null || allowed[c])) {
                receivers[count++] = c;
            }
        }
        Integer[] order = java.util.Arrays.copyOf(receivers, count);
        // Healthiest first; ties by index so the order is fixed.
        java.util.Arrays.sort(order, (a, b) -> s.served[a] != s.served[b]
                ? Double.compare(s.served[b], s.served[a]) : Integer.compare(a, b));
        double[] spare = new double[n];
        for (int c : order) {
            double load = 0;
            for (int k = 0; k < s.services; k++) {
                load += s.share[k][c] * layout.weight(k);
            }
            spare[c] = Math.max(0, dataPlane.capacity(s, c) * s.served[c] - load);
        }
        double moved = 0;
        for (int k = 0; k < s.services; k++) {
            if (services != null && !services[k]) {
                continue;
            }
            double w = layout.weight(k);
            for (int from = 0; from < n; from++) {
                if (!isTarget[from] || s.share[k][from] <= 0) {
                    continue;
                }
                for (int to : order) {
                    if (s.share[k][from] <= 0) {
                        break;
                    }
                    if (spare[to] <= 0 || layout.share(k, to) <= 0 || s.served[to] < 0.95) {
                        continue;
                    }
                    double amount = Math.min(s.share[k][from], spare[to] / w);
                    s.share[k][from] -= amount;
                    s.share[k][to] += amount;
                    spare[to] -= amount * w;
                    moved += amount;
                }
            }
        }
        s.recomputeLoad();
        return moved;
    }

    /** Routes the targets' services back to the baseline split (restore-traffic). */
    void restore(FleetState s) {
        for (int k = 0; k < s.services; k++) {
            for (int c = 0; c < s.n; c++) {
                s.share[k][c] = layout.share(k, c);
            }
        }
        s.recomputeLoad();
    }
}
