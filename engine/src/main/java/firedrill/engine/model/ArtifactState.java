package firedrill.engine.model;

import firedrill.engine.rng.SeededStream;
import java.util.Arrays;

/**
 * Run state of a generated configuration artifact ({@link ConfigArtifact}): what each consumer cluster
 * has in force, its crash loop and restart, the builds still propagating and the restart line at the
 * shared dependency. Part of {@link FleetState} (copied with it for forks) only when the scenario has
 * the mechanism.
 */
public final class ArtifactState {
    /** The artifact in force on the cluster is bad. */
    public final boolean[] bad;
    /** Seconds the cluster's consumers have crash-looped since their last restart. */
    public final int[] crashSeconds;
    /** Share of the cluster's consumers that stay broken whatever the artifact until restarted, [0,1]. */
    public final double[] wedged;
    /** Tick at which a restart in progress completes, or -1. */
    public final int[] restartUntil;
    /** Waiting in the restart line. */
    public final boolean[] queued;
    int[] line;
    int lineHead;
    int lineTail;
    /** Answered fetches not yet enough for the cluster at the head of the line. */
    double credit;
    /** Tick until which a restarting cluster's tasks keep coming up and fetching. */
    final int[] fetchingUntil;
    /** The configuration store's queue, created at the first restart (null before). */
    firedrill.engine.queue.RequestServer store;
    /** Generation and propagation of new builds stopped by the team. */
    public boolean stopped;
    /** Builds still reaching consumers: tick made and whether bad (ring of the last few). */
    final int[] buildTick;
    final boolean[] buildBad;
    /** The build was pushed by hand (it travels even when propagation is stopped). */
    final boolean[] buildManual;
    int builds;
    public int badBuilds;
    SeededStream buildRng;

    ArtifactState(int n, SeededStream buildRng) {
        bad = new boolean[n];
        crashSeconds = new int[n];
        wedged = new double[n];
        restartUntil = new int[n];
        queued = new boolean[n];
        fetchingUntil = new int[n];
        Arrays.fill(restartUntil, -1);
        line = new int[Math.max(4, n)];
        buildTick = new int[4];
        buildBad = new boolean[4];
        buildManual = new boolean[4];
        Arrays.fill(buildTick, Integer.MIN_VALUE / 2);
        this.buildRng = buildRng;
    }

    private ArtifactState(ArtifactState o) {
        bad = o.bad.clone();
        crashSeconds = o.crashSeconds.clone();
        wedged = o.wedged.clone();
        restartUntil = o.restartUntil.clone();
        queued = o.queued.clone();
        line = o.line.clone();
        lineHead = o.lineHead;
        lineTail = o.lineTail;
        credit = o.credit;
        fetchingUntil = o.fetchingUntil.clone();
        store = o.store == null ? null : o.store.copy();
        stopped = o.stopped;
        buildTick = o.buildTick.clone();
        buildBad = o.buildBad.clone();
        buildManual = o.buildManual.clone();
        builds = o.builds;
        badBuilds = o.badBuilds;
        buildRng = o.buildRng.copy();
    }

    ArtifactState copy() {
        return new ArtifactState(this);
    }

    /** Clusters waiting for the shared dependency to serve their restart. */
    public int waiting() {
        return lineTail - lineHead;
    }

    void enqueue(int c) {
        if (lineTail == line.length) {
            int size = lineTail - lineHead;
            int[] grown = new int[Math.max(line.length, 2 * size + 4)];
            System.arraycopy(line, lineHead, grown, 0, size);
            line = grown;
            lineHead = 0;
            lineTail = size;
        }
        line[lineTail++] = c;
    }

    int dequeue() {
        return line[lineHead++];
    }

    void record(int tick, boolean isBad, boolean manual) {
        int slot = builds++ % buildTick.length;
        buildTick[slot] = tick;
        buildBad[slot] = isBad;
        buildManual[slot] = manual;
        if (isBad) {
            badBuilds++;
        }
    }

    /** Mixes the state into a digest (only when the mechanism is present). */
    public long[] digestParts() {
        long h = 17;
        for (int c = 0; c < bad.length; c++) {
            h = h * 31 + (bad[c] ? 1 : 0);
            h = h * 31 + crashSeconds[c];
            h = h * 31 + Double.doubleToLongBits(wedged[c]);
            h = h * 31 + restartUntil[c];
        }
        long q = store == null ? 0 : Double.doubleToLongBits(store.queued()) * 31 + Double.doubleToLongBits(store.retrying(0));
        return new long[] {h, builds, badBuilds, stopped ? 1 : 0, waiting(), Double.doubleToLongBits(credit), q};
    }
}
