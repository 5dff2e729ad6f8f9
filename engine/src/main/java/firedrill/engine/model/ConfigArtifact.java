package firedrill.engine.model;

import firedrill.engine.rng.ClusterStreams;
import firedrill.engine.rng.SeededStream;
import firedrill.engine.scenario.Mechanisms;

/**
 * A generated configuration artifact pushed to a serving fleet with no health gate. Every cycle a
 * query on a source cluster rebuilds it; the source's own change is rolling out node by node, and a
 * build is bad exactly when the query ran on a changed node, so builds are good or bad with a
 * probability that grows with that rollout (the fleet flaps: fails, recovers, fails). Each build
 * reaches every consumer cluster within the propagation time. Consumers react by version: {@code crash}
 * (the serving binary panics on the bad input and crash-loops: its share of traffic fails) or
 * {@code degrade} (keeps serving with a wrong result). The longer a cluster's consumers crash-loop, the
 * more of them end up wedged (up to {@code wedgeShare} after {@code wedgeAfterSeconds} of crash loop in
 * all): wedged consumers stay broken on a good artifact until the cluster is restarted. Restarts
 * reload from a shared dependency that serves a fixed number per minute, so restarting a whole fleet at
 * once queues as a herd.
 * Stands for: the Bot Management feature file of 18 Nov 2025, rebuilt every five minutes from ClickHouse
 * while a grant change rolled out, crashing FL2 and zeroing bot scores on FL
 * (https://blog.cloudflare.com/18-november-2025-outage/).
 */
final class ConfigArtifact {
    static final byte NONE = 0;
    static final byte CRASH = 1;
    static final byte DEGRADE = 2;

    private final int sourceStart;
    private final double initialShare;
    private final double rolloutTicks;
    private final int cycle;
    /** Seconds of day at tick 0, to align builds with the clock. */
    private final int startSecondOfDay;
    private final int[] delay;
    private final double wedgeShare;
    private final byte[] role;
    private final double[] loss;
    private final int wedgeAfter;
    private final int restartTicks;
    private final RestartStore store;
    private final String fallbackVersion;
    private final FleetLayout layout;

    private ConfigArtifact(ModelSpec spec, Mechanisms.ConfigArtifact p, long seed) {
        layout = spec.layout();
        int n = layout.clusters();
        startSecondOfDay = spec.startSecondOfDay();
        sourceStart = spec.tickOf(p.sourceChangeAt());
        initialShare = p.sourceInitialShare();
        rolloutTicks = Math.max(1, p.sourceRolloutSeconds());
        cycle = (int) Math.round(p.cycleSeconds());
        wedgeAfter = (int) Math.round(p.wedgeAfterSeconds());
        restartTicks = (int) Math.max(1, Math.round(p.restartSeconds()));
        store = new RestartStore(p);
        fallbackVersion = p.fallbackVersion();
        delay = new int[n];
        wedgeShare = p.wedgeShare();
        role = new byte[n];
        loss = new double[n];
        ClusterStreams draws = ClusterStreams.derive(seed, "artifact", layout.ids());
        for (int c = 0; c < n; c++) {
            for (Mechanisms.ConfigArtifact.Consumer k : p.consumers()) {
                if (k.version().equals(layout.version(c))) {
                    role[c] = Mechanisms.ConfigArtifact.CRASH.equals(k.onBad()) ? CRASH : DEGRADE;
                    loss[c] = k.trafficLost();
                }
            }
            // Drawn for every cluster, consumer or not, so adding a consumer version moves no other cluster's luck.
            delay[c] = (int) Math.floor(draws.uniform(c, 0, p.propagationSeconds()));
        }
    }

    /** The mechanism and its run state for this scenario and seed, or null when the scenario has none. */
    static ConfigArtifact of(ModelSpec spec, long seed, FleetState s) {
        Mechanisms.ConfigArtifact p = spec.mechanisms().configArtifact();
        if (p == null) {
            return null;
        }
        s.artifact = new ArtifactState(s.n, SeededStream.derive(seed, "artifact-builds"));
        return new ConfigArtifact(spec, p, seed);
    }

    /** Share of the source's nodes that run its change at this tick. */
    double changedShare(int tick) {
        if (tick < sourceStart) {
            return 0;
        }
        return Math.min(1, initialShare + (1 - initialShare) * (tick - sourceStart) / rolloutTicks);
    }

    /**
     * One tick, before the clusters step: a build when the cycle comes round, builds reach consumers,
     * restarts are served and complete, crash loops start, wedge and end. A cluster whose consumer
     * changes is woken so that what it serves follows.
     */
    void step(FleetState s, int tick) {
        ArtifactState a = s.artifact;
        if (!a.stopped && (startSecondOfDay + tick) % cycle == 0) {
            // One draw per build: whether the query ran on a changed node.
            a.record(tick, a.buildRng.nextDouble() < changedShare(tick), false);
        }
        store.step(a, tick, restartTicks);
        for (int c = 0; c < s.n; c++) {
            if (role[c] == NONE) {
                continue;
            }
            int ring = a.buildTick.length;
            for (int i = Math.max(0, a.builds - ring); i < a.builds; i++) {
                int b = i % ring; // oldest first, so that a later build arriving at the same tick wins
                // Once propagation is stopped only builds pushed by hand still travel.
                if (a.buildTick[b] + delay[c] == tick && (!a.stopped || a.buildManual[b])) {
                    a.bad[c] = a.buildBad[b];
                }
            }
            double before = s.consumerOk[c];
            double ok;
            if (a.restartUntil[c] == tick) {
                a.wedged[c] = 0;
                a.crashSeconds[c] = 0;
                a.restartUntil[c] = -1;
            }
            if (role[c] == CRASH) {
                if (a.bad[c] && a.crashSeconds[c] < wedgeAfter) {
                    a.crashSeconds[c]++;
                    a.wedged[c] = wedgeShare * a.crashSeconds[c] / Math.max(1, wedgeAfter);
                }
                // Wedged consumers stay broken on a good artifact; the rest of the cluster serves again.
                ok = a.bad[c] ? 1 - loss[c] : 1 - loss[c] * a.wedged[c];
            } else {
                ok = a.bad[c] ? 1 - loss[c] : 1;
            }
            if (ok != before) {
                s.consumerOk[c] = ok;
                s.touch(c);
            }
        }
    }

    /** stop-artifact-generation: no new builds are made or propagated from now on. */
    void stop(FleetState s) {
        s.artifact.stopped = true;
    }

    /**
     * push-good-artifact: a known-good build inserted into the distribution by hand; it propagates like
     * any build, and a later automatic build replaces it unless generation was stopped.
     */
    void pushGood(FleetState s, int tick) {
        ArtifactState a = s.artifact;
        // Actions act from the next tick on (this tick's fleet step is over).
        a.record(tick + 1, false, true);
    }

    /** restart-consumers on one cluster: it joins the line at the shared dependency (once). */
    void restart(FleetState s, int c, int tick) {
        ArtifactState a = s.artifact;
        if (role[c] == NONE || a.queued[c] || a.restartUntil[c] >= 0) {
            return;
        }
        store.join(a, c, tick, restartTicks);
    }

    boolean consumer(int c) {
        return role[c] != NONE;
    }

    /** Receivers of route-to-fallback: clusters running the fallback version. */
    boolean[] fallbackMask() {
        boolean[] mask = new boolean[layout.clusters()];
        for (int c = 0; c < mask.length; c++) {
            mask[c] = fallbackVersion.equals(layout.version(c));
        }
        return mask;
    }
}
