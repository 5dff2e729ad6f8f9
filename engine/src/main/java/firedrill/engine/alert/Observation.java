package firedrill.engine.alert;

import firedrill.engine.model.FleetModel;
import firedrill.engine.model.FleetState;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.rng.ClusterStreams;
import java.util.Arrays;
import java.util.List;

/**
 * What responders see instead of the truth: cluster metrics scraped every {@code scrapeSeconds} and
 * visible {@code lagSeconds} later, with gaps where monitoring degrades along with the cluster
 * (a missing sample is NaN). Service availability comes from edge probes: lagged, never missing.
 * Whether a sample goes missing is drawn from the cluster's own "gaps" stream.
 */
public final class Observation {
    private static final int CLUSTER_METRICS = 5;
    private final int scrape;
    private final int slots;
    private final double gapBelowHealth;
    private final double gapProbability;
    private final double collapseOverload;
    private final ClusterStreams gaps;
    /** ring[slot][metric][cluster] and ringService[slot][service]. */
    private final double[][][] ring;
    private final double[][] ringService;
    private int scrapes;
    private final double[][] visible;
    private final double[] visibleService;
    private int visibleTick = -1;

    public Observation(Mechanisms m, List<String> clusterIds, int services, long seed) {
        Mechanisms.Observation p = m.observation();
        int clusters = clusterIds.size();
        gaps = ClusterStreams.derive(seed, "gaps", clusterIds);
        scrape = Math.max(1, (int) Math.round(p.scrapeSeconds()));
        int lag = (int) Math.round(p.lagSeconds());
        slots = lag / scrape + 1;
        gapBelowHealth = p.gapBelowHealth();
        gapProbability = p.gapProbability();
        collapseOverload = m.controlPlane().collapseOverload() == null ? 0.5 : m.controlPlane().collapseOverload();
        ring = new double[slots][CLUSTER_METRICS][clusters];
        ringService = new double[slots][services];
        visible = new double[CLUSTER_METRICS][clusters];
        visibleService = new double[services];
        for (double[] row : visible) {
            Arrays.fill(row, Double.NaN);
        }
        Arrays.fill(visibleService, Double.NaN);
    }

    private Observation(Observation o) {
        scrape = o.scrape;
        slots = o.slots;
        gapBelowHealth = o.gapBelowHealth;
        gapProbability = o.gapProbability;
        collapseOverload = o.collapseOverload;
        gaps = o.gaps.copy();
        ring = new double[slots][][];
        for (int i = 0; i < slots; i++) {
            ring[i] = new double[CLUSTER_METRICS][];
            for (int k = 0; k < CLUSTER_METRICS; k++) {
                ring[i][k] = o.ring[i][k].clone();
            }
        }
        ringService = new double[slots][];
        for (int i = 0; i < slots; i++) {
            ringService[i] = o.ringService[i].clone();
        }
        scrapes = o.scrapes;
        visible = new double[CLUSTER_METRICS][];
        for (int k = 0; k < CLUSTER_METRICS; k++) {
            visible[k] = o.visible[k].clone();
        }
        visibleService = o.visibleService.clone();
        visibleTick = o.visibleTick;
    }

    public Observation copy() {
        return new Observation(this);
    }

    public boolean isScrapeTick(int tick) {
        return tick % scrape == 0;
    }

    /** Takes a sample of the fleet now; what becomes visible is the sample taken {@code lag} ago. */
    public void scrape(int tick, FleetModel model) {
        FleetState s = model.state();
        int slot = scrapes % slots;
        double[][] sample = ring[slot];
        for (int c = 0; c < s.n; c++) {
            boolean gap = s.health[c] < gapBelowHealth && gaps.nextDouble(c) < gapProbability;
            double rho = s.capacity[c] <= 0 ? Double.POSITIVE_INFINITY : s.demand[c] / s.capacity[c];
            sample[0][c] = gap ? Double.NaN : 1 - s.health[c];
            sample[1][c] = gap ? Double.NaN : s.api[c] != null ? apiP99(s, c, tick) : latency(rho);
            sample[2][c] = gap ? Double.NaN : Math.min(rho, 10);
            sample[3][c] = gap ? Double.NaN : 1 - s.dnsOk[c];
            sample[4][c] = gap ? Double.NaN : 1 - model.workloadOk(c);
        }
        for (int k = 0; k < ringService[slot].length; k++) {
            ringService[slot][k] = model.availability(k);
        }
        scrapes++;
        if (scrapes >= slots) {
            int visibleSlot = (scrapes - slots) % slots;
            for (int k = 0; k < CLUSTER_METRICS; k++) {
                System.arraycopy(ring[visibleSlot][k], 0, visible[k], 0, s.n);
            }
            System.arraycopy(ringService[visibleSlot], 0, visibleService, 0, visibleService.length);
            visibleTick = tick - (slots - 1) * scrape;
        }
    }

    /** p99 latency computed from the API server's queues; a server that is down answers nothing in time. */
    private static double apiP99(FleetState s, int c, int tick) {
        firedrill.engine.queue.RequestServer api = s.api[c];
        return s.apiDown(c, tick) ? api.spec().timeoutSeconds() : api.latencySeconds(0.99);
    }

    /** p99 latency a dashboard would show: flat when idle, climbing near capacity, at the timeout past collapse. */
    private double latency(double rho) {
        if (Double.isInfinite(rho)) {
            return 60;
        }
        if (rho <= 0.8) {
            return 0.1 + 0.2 * rho;
        }
        if (rho <= 1) {
            return 0.26 + 9.74 * (rho - 0.8) / 0.2;
        }
        return Math.min(60, 10 + 50 * (rho - 1) / collapseOverload);
    }

    /** Latest visible value of a cluster metric (NaN when missing). */
    public double cluster(Metric m, int c) {
        return visible[m.ordinal()][c];
    }

    public double service(int s) {
        return visibleService[s];
    }

    /** Tick at which the visible sample was taken, or -1 before the first one is visible. */
    public int visibleTick() {
        return visibleTick;
    }

    public double[] clusterColumn(Metric m) {
        return visible[m.ordinal()];
    }

    public double[] serviceColumn() {
        return visibleService;
    }
}
