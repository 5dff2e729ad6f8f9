package firedrill.engine.score;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.model.FleetState;
import firedrill.engine.sim.Simulation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened in a run, in ticks (-1 = never): the first real alert, cluster recoveries, each
 * service's milestones and every action with its outcome. The basis of scores and reports.
 */
public record RunOutcome(
        String scenario,
        long seed,
        int endTick,
        int firstAlert,
        int firstClusterRecovered,
        int allClustersRecovered,
        int clustersFailed,
        Map<String, ServiceOutcome> services,
        List<ActionRecord> actions,
        Map<String, ServiceOutcome> regions) {

    /** An outcome without per-region milestones. */
    public RunOutcome(String scenario, long seed, int endTick, int firstAlert, int firstClusterRecovered,
                      int allClustersRecovered, int clustersFailed, Map<String, ServiceOutcome> services,
                      List<ActionRecord> actions) {
        this(scenario, seed, endTick, firstAlert, firstClusterRecovered, allClustersRecovered, clustersFailed, services,
                actions, Map.of());
    }

    public static RunOutcome of(Simulation sim) {
        FleetState s = sim.model().state();
        int failed = 0;
        int first = -1;
        int all = -1;
        boolean allRecovered = true;
        for (int c = 0; c < s.n; c++) {
            if (s.failedAt[c] < 0) {
                continue;
            }
            failed++;
            if (s.firstRecoveredAt[c] >= 0 && (first < 0 || s.firstRecoveredAt[c] < first)) {
                first = s.firstRecoveredAt[c];
            }
            if (s.recoveredAt[c] < 0) {
                allRecovered = false;
            } else {
                all = Math.max(all, s.recoveredAt[c]);
            }
        }
        Map<String, ServiceOutcome> services = new LinkedHashMap<>();
        for (int k = 0; k < s.services; k++) {
            services.put(sim.spec().layout().serviceId(k), ServiceOutcome.of(sim.history().availability(k)));
        }
        return new RunOutcome(sim.spec().scenario().id(), sim.seed(), sim.tick(), sim.alerts().firstRealAlert(),
                first, failed > 0 && allRecovered ? all : -1, failed, Map.copyOf(services).isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(services), sim.actionRecords(), regions(sim));
    }

    /**
     * Each region's milestones, from the share of its clusters' baseline traffic they serve per minute
     * (the measure behind "all regions but one recovered").
     */
    private static Map<String, ServiceOutcome> regions(Simulation sim) {
        var layout = sim.spec().layout();
        var rows = sim.history().rows();
        Map<String, ServiceOutcome> out = new LinkedHashMap<>();
        List<String> names = layout.regions();
        for (int r = 0; r < names.size(); r++) {
            double total = 0;
            double[] weight = new double[layout.clusters()];
            for (int c = 0; c < layout.clusters(); c++) {
                if (layout.region(c) == r) {
                    for (int k = 0; k < layout.services(); k++) {
                        weight[c] += layout.share(k, c) * layout.weight(k);
                    }
                    total += weight[c];
                }
            }
            if (total <= 0) {
                continue;
            }
            double[] series = new double[rows.size()];
            for (int i = 0; i < series.length; i++) {
                float[] served = rows.get(i).clusterServed();
                double a = 0;
                for (int c = 0; c < weight.length; c++) {
                    a += weight[c] * served[c];
                }
                // float rows: round so a fully served region is exactly 1
                series[i] = Math.min(1, Math.round(a / total * 1e6) / 1e6);
            }
            out.put(names.get(r), ServiceOutcome.of(series));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** When the n-th region (n ≥ 1) fully recovered after an impact, in order of recovery (-1 when fewer did). */
    public int regionsRecovered(int n) {
        int[] ticks = regions.values().stream().filter(s -> s.impactStart() >= 0 && s.fullRecovery() >= 0)
                .mapToInt(ServiceOutcome::fullRecovery).sorted().toArray();
        return n >= 1 && n <= ticks.length ? ticks[n - 1] : -1;
    }

    public ServiceOutcome service(String id) {
        return services.get(id);
    }

    /** Earliest full recovery among the services that were hit (-1 when none recovered). */
    public int firstServiceRecovered() {
        int first = -1;
        for (ServiceOutcome s : services.values()) {
            if (s.fullRecovery() >= 0 && (first < 0 || s.fullRecovery() < first)) {
                first = s.fullRecovery();
            }
        }
        return first;
    }

    /** When the last hit service fully recovered (-1 when any never did). */
    public int allServicesRecovered() {
        int last = -1;
        for (ServiceOutcome s : services.values()) {
            if (s.impactStart() < 0) {
                continue;
            }
            if (s.fullRecovery() < 0) {
                return -1;
            }
            last = Math.max(last, s.fullRecovery());
        }
        return last;
    }
}
