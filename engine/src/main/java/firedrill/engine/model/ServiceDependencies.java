package firedrill.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Services that need other services: a dependent's availability is its own × Π over its upstreams of
 * (1 − weight × (1 − upstream availability)). Weight 1 is a hard dependency (every request needs the
 * upstream), less a partial one. Applied in dependency order, so a chain passes an outage along
 * (docs/model.md, "Platform mechanisms"). The validator rejects cycles and unknown services.
 */
final class ServiceDependencies {
    /** Per edge, in an order where every upstream comes before its dependents. */
    private final int[] dependent;
    private final int[] upstream;
    private final double[] weight;

    ServiceDependencies(Map<String, Map<String, Double>> deps, FleetLayout layout) {
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int n = layout.services();
        boolean[] placed = new boolean[n];
        // Kahn-style: a service is placed once all its upstreams are; edges follow that order.
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int k = 0; k < n; k++) {
                if (placed[k]) {
                    continue;
                }
                Map<String, Double> up = deps.get(layout.serviceId(k));
                boolean ready = true;
                if (up != null) {
                    for (String u : up.keySet()) {
                        int ui = layout.serviceIndex(u);
                        ready &= ui >= 0 && placed[ui];
                    }
                }
                if (ready) {
                    placed[k] = true;
                    progress = true;
                    if (up != null) {
                        for (Map.Entry<String, Double> e : up.entrySet()) {
                            edges.add(new int[] {k, layout.serviceIndex(e.getKey())});
                            weights.add(e.getValue());
                        }
                    }
                }
            }
        }
        dependent = new int[edges.size()];
        upstream = new int[edges.size()];
        weight = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            dependent[i] = edges.get(i)[0];
            upstream[i] = edges.get(i)[1];
            weight[i] = weights.get(i);
        }
    }

    /** Multiplies each dependent's availability by its upstreams' (in place, upstreams first). */
    void apply(double[] availability) {
        for (int i = 0; i < dependent.length; i++) {
            availability[dependent[i]] *= 1 - weight[i] * (1 - availability[upstream[i]]);
        }
    }
}
