package firedrill.engine.model;

import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.rng.SeededStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link FleetLayout} from the scenario's fleet section. The generator draws from the
 * scenario's own fleet seed, so the fleet is part of the scenario, identical for every run.
 * Sizes are stratified Pareto quantiles: heavy-tailed like real fleets (most clusters small, a few
 * huge) without the sampling noise that would make a 300-cluster fleet unrepresentative.
 */
public final class FleetBuilder {
    private FleetBuilder() {}

    public static FleetLayout build(Fleet fleet, Mechanisms.ControlPlane cp, int waves) {
        List<String> ids = new ArrayList<>();
        List<Integer> region = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        List<Integer> replicas = new ArrayList<>();
        List<Integer> wave = new ArrayList<>();
        List<String> version = new ArrayList<>();
        String[] regions = fleet.regions().toArray(String[]::new);
        int services = fleet.services().size();
        List<double[]> shares = new ArrayList<>();

        for (Fleet.ClusterSpec spec : fleet.clusters()) {
            ids.add(spec.id());
            region.add(fleet.regions().indexOf(spec.region()));
            nodes.add(spec.nodes());
            replicas.add(spec.apiReplicas() != null ? spec.apiReplicas() : defaultReplicas(spec.nodes(), cp));
            wave.add(spec.wave() == null ? 0 : spec.wave());
            version.add(spec.version());
            double[] row = new double[services];
            for (int s = 0; s < services; s++) {
                row[s] = spec.traffic().getOrDefault(fleet.services().get(s).id(), 0.0);
            }
            shares.add(row);
        }

        Fleet.Generator g = fleet.generator();
        if (g != null && g.clusters() != null && g.clusters() > 0) {
            SeededStream rng = SeededStream.derive(g.seed() == null ? 0L : g.seed(), "fleet");
            int k = g.clusters();
            int[] size = new int[k];
            for (int i = 0; i < k; i++) {
                double q = (i + rng.nextDouble()) / k;
                double x = g.minNodes() * Math.pow(1.0 - q, -1.0 / g.paretoAlpha());
                size[i] = (int) Math.min(g.maxNodes(), Math.round(x));
            }
            shuffle(size, rng);
            int[] regionOrder = new int[regions.length];
            for (int r = 0; r < regions.length; r++) {
                regionOrder[r] = r;
            }
            shuffle(regionOrder, rng);
            int[] perRegion = new int[regions.length];
            double exponent = g.trafficSizeExponent() == null ? 1.0 : g.trafficSizeExponent();
            double weightSum = 0;
            for (int v : size) {
                weightSum += Math.pow(v, exponent);
            }
            String prefix = g.idPrefix() == null ? "" : g.idPrefix();
            for (int i = 0; i < k; i++) {
                int r = regionOrder[i % regions.length];
                perRegion[r]++;
                ids.add(String.format("%s%s-%03d", prefix, regions[r], perRegion[r]));
                region.add(r);
                nodes.add(size[i]);
                replicas.add(defaultReplicas(size[i], cp));
                wave.add(0);
                version.add(null);
                double[] row = new double[services];
                double w = Math.pow(size[i], exponent) / weightSum;
                for (int s = 0; s < services; s++) {
                    row[s] = g.traffic().getOrDefault(fleet.services().get(s).id(), 0.0) * w;
                }
                shares.add(row);
            }
        }

        int n = ids.size();
        int[] waveArr = assignWaves(wave, waves, g == null || g.seed() == null ? 0L : g.seed());
        double[][] share = new double[services][n];
        for (int c = 0; c < n; c++) {
            for (int s = 0; s < services; s++) {
                share[s][c] = shares.get(c)[s];
            }
        }
        return new FleetLayout(ids.toArray(String[]::new), regions, toArray(region), toArray(nodes),
                toArray(replicas), waveArr,
                fleet.services().stream().map(Fleet.Service::id).toArray(String[]::new),
                fleet.services().stream().map(Fleet.Service::name).toArray(String[]::new), share,
                version.toArray(String[]::new),
                fleet.services().stream().mapToDouble(Fleet.Service::weightOrDefault).toArray());
    }

    /** API servers are sized with the cluster: one replica per nodesPerReplica, at least minReplicas. */
    static int defaultReplicas(int nodes, Mechanisms.ControlPlane cp) {
        return Math.max(cp.minReplicas(), (int) Math.ceil(nodes / cp.nodesPerReplica()));
    }

    /** Clusters without a pinned wave are dealt evenly over the waves in a seeded shuffled order. */
    private static int[] assignWaves(List<Integer> pinned, int waves, long seed) {
        int n = pinned.size();
        int[] out = new int[n];
        if (waves <= 0) {
            return out;
        }
        SeededStream rng = SeededStream.derive(seed, "rollout-waves");
        int[] free = pinned.stream().filter(w -> w == 0).mapToInt(w -> 0).toArray();
        int[] order = new int[free.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i % waves + 1;
        }
        shuffle(order, rng);
        int next = 0;
        for (int c = 0; c < n; c++) {
            out[c] = pinned.get(c) != 0 ? Math.min(pinned.get(c), waves) : order[next++];
        }
        return out;
    }

    private static void shuffle(int[] a, SeededStream rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
