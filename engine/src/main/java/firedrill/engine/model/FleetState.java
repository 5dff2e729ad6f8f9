package firedrill.engine.model;

/**
 * The mutable ground truth of every cluster, as parallel arrays indexed by cluster (cheap to step,
 * cheap to copy for a fork). Only the simulation thread touches it; the UI sees snapshots.
 */
public final class FleetState {
    public final int n;
    public final int services;

    // Size and control plane
    public final double[] nodes;
    /** Nodes added or removed per second while a resize is in progress (0 otherwise). */
    public final double[] nodeRate;
    public final double[] nodeTarget;
    public final double[] replicas;
    /** Tick until which the API servers are down (crash or restart); restart brings a reconnect herd. */
    public final int[] downUntil;
    public final double[] demand;
    public final double[] capacity;
    /**
     * Share of requests the API servers answer before the client times out, in [0,1]: what reads,
     * watches (CoreDNS) and operators' commands get.
     */
    public final double[] answered;
    /** API success ratio as clients see it: answered and, for writes, not failed in a webhook, [0,1]. */
    public final double[] health;
    /**
     * Share of admitted clients that are re-listing/retrying (the metastable sustaining state), [0,1].
     * With request queues it is only an inbox: clients that must re-list (re-admitted, joined,
     * reconnected), moved into the API server's retry pools at the next step.
     */
    public final double[] relist;
    /** Share of operators' requests (kubectl, pipelines) answered in time, [0,1]: what API actions get. */
    public final double[] operatorAnswered;
    /** Share of clients per second that pick up a pushed backoff config as they restart (0: none pending). */
    public final double[] backoffRate;
    /** Seats per API server replica added by actions (a higher --max-requests-inflight). */
    public final double[] extraSeatsPerReplica;
    /** Each cluster's API server as request queues, or null (the static formula: no apiServer section). */
    public final firedrill.engine.queue.RequestServer[] api;
    /**
     * Scratch for the API server's arrival rates of the cluster being stepped: per state, not in the
     * shared mechanism, because forks of one run step in parallel (what-ifs).
     */
    final double[] apiArrivals = new double[ApiServerQueues.CLIENTS.size()];

    // Telemetry agent
    /** Tick the agent reached the cluster, or -1. */
    public final int[] agentArrival;
    public final boolean[] agentRemoved;
    /** Share of nodes running the agent, [0,1]. */
    public final double[] agent;

    // Network access to the admin API
    /** Share of nodes and pods allowed to reach the API, [0,1]; operators are never blocked. */
    public final double[] admitted;
    /** Share re-admitted per second while access is being restored (0 otherwise). */
    public final double[] admitRate;

    // DNS and data plane
    /** Tick since which CoreDNS has not been able to sync, or -1 when in sync. */
    public final int[] dnsStaleSince;
    /** Seconds the API has answered CoreDNS without a break (capped at {@code Dns.SYNC_AFTER_SECONDS}). */
    public final int[] dnsAnsweredFor;
    /** Per-cluster grace before cached records start expiring, in seconds (drawn per run). */
    public final double[] dnsGrace;
    /** Share of lookups that resolve, [0,1]. */
    public final double[] dnsOk;
    /** Share of workloads up and serving, [0,1]; follows DNS down at once, comes back over warm-up. */
    public final double[] warm;
    /** Current share of each service's traffic routed to each cluster: [service][cluster]. */
    public final double[][] share;
    /** Σ over services of {@code share[s][c]} × the service's traffic weight: the traffic routed to the cluster (kept in step with share). */
    public final double[] load;
    /** Share of the traffic routed to the cluster that it serves successfully, [0,1]. */
    public final double[] served;

    // Pod networking (network component, per-node breakage, repair)
    /** The network component (e.g. route reflectors) still has members. */
    public final boolean[] componentOk;
    /** Admission webhooks are configured (they call pods over the pod network). */
    public final boolean[] webhooks;
    /** Share of nodes whose own pod networking is broken, [0,1]. */
    public final double[] nodeBroken;
    /** Share of cross-node pod traffic that gets through, [0,1]. */
    public final double[] podNet;
    /** Share of nodes an OS update has reached so far (drives {@link #nodeBroken}). */
    public final double[] updateApplied;
    /** Broken nodes of this cluster are being repaired. */
    public final boolean[] repairing;

    // Ground-truth bookkeeping for milestones
    public final int[] failingSince;
    public final int[] failedAt;
    public final int[] firstRecoveredAt;
    public final int[] recoveredAt;

    /** Share of a cluster's traffic its configuration consumer still serves, [0,1] (1 without the mechanism). */
    public final double[] consumerOk;
    /** Generated configuration artifact state, or null when the scenario has no such mechanism. */
    public ArtifactState artifact;

    /** Traffic volume per service (layout's weights; shared, never written). */
    private final double[] weight;

    public boolean rolloutPaused;
    /**
     * Bit c is clear when cluster c was at a fixed point after its last step, so stepping it again
     * would change nothing; {@code FleetModel} steps only the set bits (a quiet cluster costs nothing
     * per tick) until something wakes it.
     */
    final long[] awake;
    final boolean[] settledBefore;

    FleetState(FleetLayout layout) {
        n = layout.clusters();
        services = layout.services();
        weight = new double[services];
        for (int s = 0; s < services; s++) {
            weight[s] = layout.weight(s);
        }
        nodes = new double[n];
        nodeRate = new double[n];
        nodeTarget = new double[n];
        replicas = new double[n];
        downUntil = new int[n];
        demand = new double[n];
        capacity = new double[n];
        health = new double[n];
        answered = new double[n];
        relist = new double[n];
        operatorAnswered = new double[n];
        backoffRate = new double[n];
        extraSeatsPerReplica = new double[n];
        api = new firedrill.engine.queue.RequestServer[n];
        agentArrival = new int[n];
        agentRemoved = new boolean[n];
        agent = new double[n];
        admitted = new double[n];
        admitRate = new double[n];
        dnsStaleSince = new int[n];
        dnsAnsweredFor = new int[n];
        dnsGrace = new double[n];
        dnsOk = new double[n];
        warm = new double[n];
        share = new double[services][n];
        served = new double[n];
        load = new double[n];
        awake = new long[(n + 63) >>> 6];
        componentOk = new boolean[n];
        webhooks = new boolean[n];
        nodeBroken = new double[n];
        podNet = new double[n];
        updateApplied = new double[n];
        repairing = new boolean[n];
        settledBefore = new boolean[n];
        failingSince = new int[n];
        failedAt = new int[n];
        firstRecoveredAt = new int[n];
        recoveredAt = new int[n];
        consumerOk = new double[n];
        java.util.Arrays.fill(consumerOk, 1);
        for (int c = 0; c < n; c++) {
            nodes[c] = layout.nodes(c);
            nodeTarget[c] = nodes[c];
            replicas[c] = layout.apiReplicas(c);
            downUntil[c] = -1;
            health[c] = 1;
            answered[c] = 1;
            operatorAnswered[c] = 1;
            agentArrival[c] = -1;
            admitted[c] = 1;
            dnsStaleSince[c] = -1;
            dnsAnsweredFor[c] = Dns.SYNC_AFTER_SECONDS;
            dnsOk[c] = 1;
            warm[c] = 1;
            served[c] = 1;
            failingSince[c] = -1;
            failedAt[c] = -1;
            firstRecoveredAt[c] = -1;
            recoveredAt[c] = -1;
            componentOk[c] = true;
            podNet[c] = 1;
            wake(c);
            for (int s = 0; s < services; s++) {
                share[s][c] = layout.share(s, c);
            }
        }
        recomputeLoad();
    }

    /** Call after changing {@code share}. */
    public void recomputeLoad() {
        for (int c = 0; c < n; c++) {
            double l = 0;
            for (int s = 0; s < services; s++) {
                l += share[s][c] * weight[s];
            }
            load[c] = l;
        }
    }

    private FleetState(FleetState o) {
        n = o.n;
        services = o.services;
        weight = o.weight;
        nodes = o.nodes.clone();
        nodeRate = o.nodeRate.clone();
        nodeTarget = o.nodeTarget.clone();
        replicas = o.replicas.clone();
        downUntil = o.downUntil.clone();
        demand = o.demand.clone();
        capacity = o.capacity.clone();
        health = o.health.clone();
        answered = o.answered.clone();
        relist = o.relist.clone();
        operatorAnswered = o.operatorAnswered.clone();
        backoffRate = o.backoffRate.clone();
        extraSeatsPerReplica = o.extraSeatsPerReplica.clone();
        api = new firedrill.engine.queue.RequestServer[n];
        for (int c = 0; c < n; c++) {
            api[c] = o.api[c] == null ? null : o.api[c].copy();
        }
        agentArrival = o.agentArrival.clone();
        agentRemoved = o.agentRemoved.clone();
        agent = o.agent.clone();
        admitted = o.admitted.clone();
        admitRate = o.admitRate.clone();
        dnsStaleSince = o.dnsStaleSince.clone();
        dnsAnsweredFor = o.dnsAnsweredFor.clone();
        dnsGrace = o.dnsGrace.clone();
        dnsOk = o.dnsOk.clone();
        warm = o.warm.clone();
        share = new double[services][];
        for (int s = 0; s < services; s++) {
            share[s] = o.share[s].clone();
        }
        served = o.served.clone();
        load = o.load.clone();
        awake = o.awake.clone();
        componentOk = o.componentOk.clone();
        webhooks = o.webhooks.clone();
        nodeBroken = o.nodeBroken.clone();
        podNet = o.podNet.clone();
        updateApplied = o.updateApplied.clone();
        repairing = o.repairing.clone();
        settledBefore = o.settledBefore.clone();
        failingSince = o.failingSince.clone();
        failedAt = o.failedAt.clone();
        firstRecoveredAt = o.firstRecoveredAt.clone();
        recoveredAt = o.recoveredAt.clone();
        rolloutPaused = o.rolloutPaused;
        consumerOk = o.consumerOk.clone();
        artifact = o.artifact == null ? null : o.artifact.copy();
    }

    public FleetState copy() {
        return new FleetState(this);
    }

    /** Whether stepping cluster c again would leave it exactly as it is (see {@link #quiet}). */
    boolean atFixedPoint(int c, int tick) {
        if (health[c] != 1 || dnsOk[c] != 1) {
            return false; // the common case of a cluster in trouble, checked first
        }
        boolean agentSettled = agentRemoved[c] ? agent[c] == 0 : (agentArrival[c] < 0 ? agent[c] == 0 : agent[c] == 1);
        return agentSettled && admitRate[c] == 0 && nodeRate[c] == 0 && downUntil[c] < tick && relist[c] == 0
                && admitted[c] == 1 && warm[c] == 1 && dnsStaleSince[c] < 0
                && dnsAnsweredFor[c] == Dns.SYNC_AFTER_SECONDS
                && failingSince[c] < 0 && (failedAt[c] < 0 || recoveredAt[c] >= 0)
                && componentOk[c] && podNet[c] == 1 && nodeBroken[c] == 0 && !repairing[c]
                && backoffRate[c] == 0 && (api[c] == null || api[c].idle());
    }

    /** Something outside the step changed cluster c (an action): step it again. */
    public void touch(int c) {
        wake(c);
        settledBefore[c] = false;
    }

    public void touchAll() {
        for (int c = 0; c < n; c++) {
            wake(c);
        }
        java.util.Arrays.fill(settledBefore, false);
    }

    /** Step cluster c from the next tick on (bit c of {@link #awake}). */
    void wake(int c) {
        awake[c >>> 6] |= 1L << c;
    }

    void sleep(int c) {
        awake[c >>> 6] &= ~(1L << c);
    }

    /** True while the cluster's API servers are crashed or restarting. */
    public boolean apiDown(int c, int tick) {
        return downUntil[c] > tick;
    }
}
