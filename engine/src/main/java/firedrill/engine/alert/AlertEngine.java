package firedrill.engine.alert;

import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.AlertRule;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.rng.SeededStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the scenario's alert rules on observed (lagged, gappy) metrics at every scrape, with
 * {@code for} durations as Prometheus does: a condition must hold that long before the alert fires.
 * A missing sample keeps the previous state. Noise rules page on random clusters now and then, each
 * from its own stream ("noise/" + rule id), so adding a rule never moves another rule's pages.
 */
public final class AlertEngine {
    private static final int NOISE_RESOLVE_SECONDS = 8 * 60;
    private final ModelSpec spec;
    private final List<AlertRule> rules;
    private final Metric[] metric;
    private final int[] forTicks;
    private final int[] serviceIndex;
    /** Per rule: fires above (true) or below its threshold, precomputed for the per-cluster loop. */
    private final boolean[] above;
    private final double[] threshold;
    /** pending[rule][scopeIndex]: tick since which the condition holds, -1 if not. */
    private final int[][] pending;
    /** firing[rule][scopeIndex]: index into events, -1 if not firing. */
    private final int[][] firing;
    private final int[] nextNoise;
    /** Per rule: its noise stream, null for real rules. */
    private final SeededStream[] noise;
    private final List<AlertEvent> events;
    private int firstRealAlert = -1;

    public AlertEngine(ModelSpec spec, long seed) {
        this.spec = spec;
        this.rules = spec.scenario().alerts();
        int r = rules.size();
        int n = spec.layout().clusters();
        metric = new Metric[r];
        forTicks = new int[r];
        serviceIndex = new int[r];
        above = new boolean[r];
        threshold = new double[r];
        pending = new int[r][];
        firing = new int[r][];
        nextNoise = new int[r];
        noise = new SeededStream[r];
        events = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            AlertRule rule = rules.get(i);
            metric[i] = rule.isNoise() ? null : Metric.fromId(rule.metric());
            forTicks[i] = rule.forDuration() == null ? 0 : ScenarioTime.seconds(rule.forDuration());
            serviceIndex[i] = rule.service() == null ? -1 : spec.layout().serviceIndex(rule.service());
            above[i] = ">".equals(rule.op());
            threshold[i] = rule.threshold() == null ? Double.NaN : rule.threshold();
            int width = "cluster".equals(rule.scope()) || rule.isNoise() ? n : 1;
            pending[i] = filled(width, -1);
            firing[i] = filled(width, -1);
            noise[i] = rule.isNoise() ? SeededStream.derive(seed, "noise/" + rule.id()) : null;
            nextNoise[i] = rule.isNoise() ? nextNoiseTick(0, rule, noise[i]) : -1;
        }
    }

    private AlertEngine(AlertEngine o) {
        spec = o.spec;
        rules = o.rules;
        metric = o.metric;
        forTicks = o.forTicks;
        serviceIndex = o.serviceIndex;
        above = o.above;
        threshold = o.threshold;
        pending = deepCopy(o.pending);
        firing = deepCopy(o.firing);
        nextNoise = o.nextNoise.clone();
        noise = new SeededStream[o.noise.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = o.noise[i] == null ? null : o.noise[i].copy();
        }
        events = new ArrayList<>(o.events);
        firstRealAlert = o.firstRealAlert;
    }

    public AlertEngine copy() {
        return new AlertEngine(this);
    }

    /** Evaluates every rule against what is visible now. */
    public void evaluate(int tick, Observation obs) {
        FleetLayout layout = spec.layout();
        for (int i = 0; i < rules.size(); i++) {
            AlertRule rule = rules.get(i);
            if (rule.isNoise()) {
                noise(i, rule, tick, noise[i]);
                continue;
            }
            if (obs.visibleTick() < 0) {
                continue;
            }
            if ("cluster".equals(rule.scope())) {
                for (int c = 0; c < layout.clusters(); c++) {
                    update(i, c, obs.cluster(metric[i], c), tick, layout.id(c), layout.regionName(c));
                }
            } else if ("fleet".equals(rule.scope())) {
                update(i, 0, fleetValue(metric[i], obs), tick, "fleet", null);
            } else {
                update(i, 0, obs.service(serviceIndex[i]), tick, rule.service(), null);
            }
        }
    }

    /** Node-weighted mean over clusters with data: a fleet dashboard. */
    private double fleetValue(Metric m, Observation obs) {
        FleetLayout layout = spec.layout();
        double sum = 0;
        double weight = 0;
        for (int c = 0; c < layout.clusters(); c++) {
            double v = obs.cluster(m, c);
            if (!Double.isNaN(v)) {
                sum += v * layout.nodes(c);
                weight += layout.nodes(c);
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    private void update(int i, int k, double value, int tick, String scope, String region) {
        if (Double.isNaN(value)) {
            return;
        }
        boolean holds = above[i] ? value > threshold[i] : value < threshold[i];
        if (!holds) {
            pending[i][k] = -1;
            if (firing[i][k] >= 0) {
                int e = firing[i][k];
                events.set(e, events.get(e).resolved(tick));
                firing[i][k] = -1;
            }
            return;
        }
        if (pending[i][k] < 0) {
            pending[i][k] = tick;
        }
        if (firing[i][k] < 0 && tick - pending[i][k] >= forTicks[i]) {
            firing[i][k] = fire(rules.get(i), scope, region, false, tick);
            if (firstRealAlert < 0) {
                firstRealAlert = tick;
            }
        }
    }

    private void noise(int i, AlertRule rule, int tick, SeededStream rng) {
        for (int c = 0; c < firing[i].length; c++) {
            int e = firing[i][c];
            if (e >= 0 && tick - events.get(e).firedTick() >= NOISE_RESOLVE_SECONDS) {
                events.set(e, events.get(e).resolved(tick));
                firing[i][c] = -1;
            }
        }
        if (tick >= nextNoise[i]) {
            FleetLayout layout = spec.layout();
            int c = rng.nextInt(layout.clusters());
            if (firing[i][c] < 0) {
                firing[i][c] = fire(rule, layout.id(c), layout.regionName(c), true, tick);
            }
            nextNoise[i] = nextNoiseTick(tick, rule, rng);
        }
    }

    private int fire(AlertRule rule, String scope, String region, boolean noise, int tick) {
        int seq = events.size();
        events.add(new AlertEvent(seq, rule.id() + "/" + scope + "/" + seq, rule.id(), rule.severity(),
                rule.summary(), scope, region, noise, tick, -1, -1));
        return seq;
    }

    private static int nextNoiseTick(int tick, AlertRule rule, SeededStream rng) {
        double mean = ScenarioTime.seconds(rule.noiseInterval());
        return tick + 1 + (int) Math.round(-Math.log(1 - rng.nextDouble()) * mean);
    }

    /** Acknowledges an alert by id; returns false when no such alert exists. */
    public boolean acknowledge(String alertId, int tick) {
        for (int e = 0; e < events.size(); e++) {
            AlertEvent ev = events.get(e);
            if (ev.id().equals(alertId)) {
                if (ev.ackTick() < 0) {
                    events.set(e, ev.acked(tick));
                }
                return true;
            }
        }
        return false;
    }

    /** Every alert so far, in firing order (immutable copy). */
    public List<AlertEvent> events() {
        return List.copyOf(events);
    }

    /** True when an alert of this rule is firing now. */
    public boolean firing(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                for (int e : firing[i]) {
                    if (e >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public int eventCount() {
        return events.size();
    }

    /** Tick of the first alert fired by a real (non-noise) rule, or -1. */
    public int firstRealAlert() {
        return firstRealAlert;
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
