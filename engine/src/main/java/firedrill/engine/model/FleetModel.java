package firedrill.engine.model;

import firedrill.engine.rng.ClusterStreams;
import firedrill.engine.rng.SeededStream;

/**
 * The causal fleet model: ground-truth state plus the mechanisms that advance it one simulated
 * second at a time, in a fixed order. Also the only place actions change the fleet (the effect
 * methods below), so every intervention goes through the same physics. Every random draw comes
 * from the drawing cluster's own stream ({@link ClusterStreams}), so clusters that do not interact
 * never see each other's luck.
 */
public final class FleetModel {
    private final ModelSpec spec;
    private final FleetState state;
    private final double[] availability;
    private final Rollout rollout;
    private final Telemetry telemetry;
    private final Admission admission;
    private final NodeGroups nodeGroups;
    private final ControlPlane controlPlane;
    private final Dns dns;
    private final DataPlane dataPlane;
    private final Traffic traffic;
    private final ClusterHealth clusterHealth;
    private final PodNetwork podNetwork;
    private final NodeUpdates nodeUpdates;
    private final Repair repair;
    private final Backlog backlog;
    /** Generated configuration artifact, or null when the scenario has none. */
    private final ConfigArtifact artifact;
    /** Per-cluster crash draws: the only randomness while the fleet steps (the rest is drawn at start). */
    private final ClusterStreams crashes;
    private final double[] serving;
    private final double[] backlogSeconds;
    /** Regional-platform mechanisms, or null when the scenario has none (then nothing below changes). */
    private final Platform platform;
    /** Availability after the platform's factors and dependencies (the same array as serving without one). */
    private final double[] effective;
    private double scaleOut;
    /** Traffic moved since services were last summed (a shift changes shares, not served). */
    private boolean sharesChanged = true;
    /** Skipping clusters at a fixed point changes nothing but speed; tests turn it off to prove that. */
    private boolean skipQuiet = true;
    /** Clusters the rollout reaches, by planned arrival (then index): a quiet cluster wakes at its arrival. */
    private final int[] arrivals;
    /** Index into {@link #arrivals} of the first arrival not yet woken. */
    private int nextArrival;

    /** The fleet at the start of a run with this seed (per-cluster rollout, DNS and update draws made now). */
    public FleetModel(ModelSpec spec, long seed) {
        this.spec = spec;
        java.util.List<String> ids = spec.layout().ids();
        this.state = new FleetState(spec.layout());
        this.availability = new double[spec.layout().services()];
        java.util.Arrays.fill(availability, 1);
        this.rollout = new Rollout(spec, ClusterStreams.derive(seed, "rollout", ids));
        this.arrivals = java.util.stream.IntStream.range(0, ids.size()).filter(c -> rollout.plannedArrival(c) >= 0).boxed()
                .sorted(java.util.Comparator.comparingInt(rollout::plannedArrival)).mapToInt(Integer::intValue).toArray();
        this.telemetry = new Telemetry(spec.mechanisms().telemetry());
        this.admission = new Admission();
        this.nodeGroups = new NodeGroups();
        this.controlPlane = new ControlPlane(spec.mechanisms(), telemetry);
        this.dns = new Dns(spec.mechanisms().dns());
        this.dataPlane = new DataPlane(spec.mechanisms().dataPlane(), spec.layout());
        this.traffic = new Traffic(dataPlane, spec.layout());
        this.clusterHealth = new ClusterHealth(spec.mechanisms().controlPlane().failedHealth());
        this.podNetwork = new PodNetwork(spec.mechanisms().network());
        this.nodeUpdates = new NodeUpdates(spec, ClusterStreams.derive(seed, "node-updates", ids));
        this.repair = new Repair(spec.mechanisms().repair());
        this.backlog = new Backlog(spec.mechanisms().backlog(), spec.layout());
        this.serving = new double[spec.layout().services()];
        this.backlogSeconds = new double[spec.layout().services()];
        java.util.Arrays.fill(serving, 1);
        this.platform = spec.mechanisms().platform() == null ? null : new Platform(spec.mechanisms().platform(), spec, seed);
        this.effective = platform == null ? serving : serving.clone();
        this.crashes = ClusterStreams.derive(seed, "crash", ids);
        dns.init(state, ClusterStreams.derive(seed, "dns", ids));
        controlPlane.init(state);
        PodNetwork.init(state, spec.mechanisms().network());
        this.artifact = ConfigArtifact.of(spec, seed, state);
    }

    private FleetModel(FleetModel o) {
        spec = o.spec;
        state = o.state.copy();
        availability = o.availability.clone();
        rollout = o.rollout.copy();
        telemetry = o.telemetry;
        admission = o.admission;
        nodeGroups = o.nodeGroups;
        controlPlane = o.controlPlane;
        dns = o.dns;
        dataPlane = o.dataPlane;
        traffic = o.traffic;
        clusterHealth = o.clusterHealth;
        podNetwork = o.podNetwork;
        nodeUpdates = o.nodeUpdates;
        repair = o.repair;
        backlog = o.backlog;
        artifact = o.artifact;
        crashes = o.crashes.copy();
        serving = o.serving.clone();
        backlogSeconds = o.backlogSeconds.clone();
        platform = o.platform == null ? null : o.platform.copy();
        effective = o.platform == null ? serving : o.effective.clone();
        scaleOut = o.scaleOut;
        sharesChanged = o.sharesChanged;
        skipQuiet = o.skipQuiet;
        arrivals = o.arrivals;
        nextArrival = o.nextArrival;
    }

    /** For tests: step every cluster every tick. */
    public void stepEveryCluster() {
        skipQuiet = false;
    }

    public FleetModel copy() {
        return new FleetModel(this);
    }

    /**
     * Advances the fleet from tick-1 to tick: each cluster through every mechanism in a fixed order
     * (one pass, so a cluster's state stays in cache), then the services across clusters.
     */
    public void step(int tick) {
        FleetState s = state;
        repair.step(s, tick);
        if (artifact != null) {
            artifact.step(s, tick);
        }
        wakeArrivals(tick);
        boolean servedChanged = sharesChanged;
        long[] awake = s.awake;
        for (int w = 0; w < awake.length; w++) {
            long bits = skipQuiet ? awake[w] : everyCluster(w, s.n);
            while (bits != 0) {
                int c = (w << 6) | Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                servedChanged |= stepCluster(s, c, tick);
            }
        }
        if (servedChanged) {
            // Summing every service over every cluster is the costliest part of a quiet tick; skip it when no input moved.
            dataPlane.services(s, serving);
            sharesChanged = false;
        }
        if (platform != null) {
            platform.step(tick, serving, effective);
        }
        backlog.step(effective, backlogSeconds, scaleOut, availability);
    }

    /** The clusters the rollout reaches at this tick are stepped even if quiet. */
    private void wakeArrivals(int tick) {
        while (nextArrival < arrivals.length && rollout.plannedArrival(arrivals[nextArrival]) <= tick) {
            if (rollout.plannedArrival(arrivals[nextArrival]) == tick) {
                state.wake(arrivals[nextArrival]);
            }
            nextArrival++;
        }
    }

    private static long everyCluster(int word, int n) {
        int left = n - (word << 6);
        return left >= 64 ? -1L : (1L << left) - 1;
    }

    /**
     * One cluster through every mechanism in a fixed order; returns whether what it serves changed.
     * A cluster at a fixed point two steps running, with no node update still scheduled, sleeps.
     */
    private boolean stepCluster(FleetState s, int c, int tick) {
        rollout.step(s, c, tick);
        nodeUpdates.step(s, c, tick, podNetwork);
        podNetwork.step(s, c);
        telemetry.step(s, c);
        admission.step(s, c);
        nodeGroups.step(s, c);
        controlPlane.step(s, c, tick, crashes);
        dns.step(s, c, tick);
        double servedBefore = s.served[c];
        dataPlane.step(s, c);
        boolean servedChanged = s.served[c] != servedBefore;
        clusterHealth.step(s, c, tick);
        // Derived values (demand) lag their inputs by one step, so require two settled steps in a row.
        boolean settled = s.atFixedPoint(c, tick);
        if (settled && s.settledBefore[c] && !nodeUpdates.pending(c, tick + 1)) {
            s.sleep(c);
        } else {
            s.wake(c);
        }
        s.settledBefore[c] = settled;
        return servedChanged;
    }

    /** Read-only view for observation, snapshots and tests; callers must not mutate it. */
    public FleetState state() {
        return state;
    }

    public double availability(int service) {
        return availability[service];
    }

    /**
     * The share of cluster {@code c}'s requests its workloads answer (observed as workload 5xx): its
     * serving binary's own state, times — for each service it carries, by traffic share — what the
     * regional platform lets through (its factor on that service, 1 without a platform). Depends on
     * state only; no random draws.
     */
    public double workloadOk(int c) {
        double ok = state.consumerOk[c];
        if (platform == null) {
            return ok;
        }
        double carried = 0;
        double passed = 0;
        for (int k = 0; k < serving.length; k++) {
            double sh = state.share[k][c];
            if (sh > 0) {
                carried += sh;
                passed += sh * (serving[k] > 0 ? Math.min(1, effective[k] / serving[k]) : 1);
            }
        }
        return carried > 0 ? ok * passed / carried : ok;
    }

    public ModelSpec spec() {
        return spec;
    }

    public int plannedArrival(int c) {
        return rollout.plannedArrival(c);
    }

    // ---- Effects of actions -------------------------------------------------------------------

    public void pauseRollout() {
        state.touchAll();
        state.rolloutPaused = true;
    }

    /** Removes the agent (or keeps it from arriving). */
    public void removeAgent(int c) {
        state.touch(c);
        state.agentRemoved[c] = true;
    }

    public void blockAdminApi(int c) {
        state.touch(c);
        Admission.block(state, c);
    }

    public void unblockAdminApi(int c, double sharePerMinute) {
        state.touch(c);
        Admission.unblock(state, c, sharePerMinute);
    }

    public void resizeNodes(int c, double targetNodes, double nodesPerMinute) {
        state.touch(c);
        NodeGroups.resize(state, c, targetNodes, nodesPerMinute / 60.0);
    }

    public void addApiReplicas(int c, double replicas) {
        state.touch(c);
        state.replicas[c] += replicas;
    }

    public void restartApiServers(int c, int tick, SeededStream rng) {
        state.touch(c);
        controlPlane.restart(state, c, tick, rng);
    }

    public void restartCoreDns(int c, int tick) {
        state.touch(c);
        dns.dropCache(state, c, tick);
    }

    public double shiftTrafficAway(boolean[] targets) {
        state.touchAll();
        sharesChanged = true;
        return traffic.shiftAway(state, targets);
    }

    public void restoreTraffic() {
        state.touchAll();
        sharesChanged = true;
        traffic.restore(state);
    }

    /** Availability from serving alone, before backlog (the share of requests that succeed now). */
    public double serving(int service) {
        return effective[service];
    }

    /** Minutes of queued work per service (0 without a backlog mechanism). */
    public double backlogMinutes(int service) {
        return backlogSeconds[service] / 60.0;
    }

    /** delete-webhook: admission webhooks removed, so API requests no longer call into the pod network. */
    public void deleteWebhooks(int c) {
        state.touch(c);
        state.webhooks[c] = false;
    }

    /**
     * restore-from-backup: the control plane is rebuilt at its previous version and configuration,
     * so the node labels (and whatever selected them) and the webhooks come back.
     */
    public void restoreFromBackup(int c) {
        state.touch(c);
        state.componentOk[c] = true;
        state.webhooks[c] = spec.mechanisms().network() != null
                && Boolean.TRUE.equals(spec.mechanisms().network().admissionWebhooks());
        state.relist[c] = 1; // every node re-registers with the restored control plane
    }

    /** restore-component: whatever selected the network component's members finds them again. */
    public void restoreComponent(int c) {
        state.touch(c);
        state.componentOk[c] = true;
    }

    /** repair-nodes: the cluster's broken nodes join the repair queue. */
    public void startRepair(int c) {
        state.touch(c);
        if (state.nodeBroken[c] > 0) {
            state.repairing[c] = true;
        }
    }

    /** scale-out-compute: more processing for backlogs, up to the cloud's limit; returns what was added. */
    public double scaleOut(double add) {
        double before = scaleOut;
        scaleOut = Math.min(backlog.maxScaleOut, scaleOut + add);
        return scaleOut - before;
    }

    // ---- Platform mechanisms (docs/model.md, "Platform mechanisms"); each returns false without its part.

    /** repair-dns-record: the endpoint's record is written back by hand; false when it was not empty. */
    public boolean repairDnsRecord(int tick) {
        return platform != null && platform.dns != null && platform.dns.repair(tick);
    }

    /** freeze-automation: the DNS automation stops applying plans. */
    public boolean freezeDnsAutomation() {
        if (platform == null || platform.dns == null) {
            return false;
        }
        platform.dns.freeze();
        return true;
    }

    /** throttle-lease-intake: lease attempts admitted per minute (≤ 0: no throttle). */
    public boolean throttleLeaseIntake(double hostsPerMinute) {
        if (platform == null || platform.leases == null) {
            return false;
        }
        platform.leases.throttle(hostsPerMinute);
        return true;
    }

    /** restart-lease-manager: queued work is dropped and the manager is down for its restart time. */
    public boolean restartLeaseManager(int tick) {
        if (platform == null || platform.leases == null) {
            return false;
        }
        platform.leases.restart(tick);
        return true;
    }

    /** throttle-launches: share of launch requests admitted (1 = no throttle). */
    public boolean throttleLaunches(double admit) {
        if (platform == null || platform.propagation == null) {
            return false;
        }
        platform.propagation.launchAdmit = Math.max(0, Math.min(1, admit));
        return true;
    }

    /** set-auto-failover: health-check failover on or off. */
    public boolean setAutoFailover(boolean on) {
        if (platform == null || platform.healthChecks == null) {
            return false;
        }
        platform.healthChecks.failover = on;
        return true;
    }

    /** cap-failover-removal: failover may remove at most this share of capacity. */
    public boolean capFailoverRemoval(double share) {
        if (platform == null || platform.healthChecks == null) {
            return false;
        }
        platform.healthChecks.cap = Math.max(0, Math.min(1, share));
        return true;
    }

    /** Ground truth of the platform for tests and the facilitator (NaN where the part is absent). */
    public double leasedShare() {
        return platform == null || platform.leases == null ? Double.NaN : platform.leases.leasedShare();
    }

    public boolean leaseQueueCollapsed() {
        return platform != null && platform.leases != null && platform.leases.collapsed();
    }

    public double propagationBacklogMinutes() {
        return platform == null || platform.propagation == null ? Double.NaN : platform.propagation.backlogSeconds / 60;
    }

    public boolean dnsRecordEmpty() {
        return platform != null && platform.dns != null && platform.dns.empty;
    }

    // ---- Generated configuration artifacts (absent: these do nothing) ------------------------------

    /** stop-artifact-generation: no further builds are made or propagated. */
    public boolean stopArtifactGeneration() {
        if (artifact == null) {
            return false;
        }
        artifact.stop(state);
        return true;
    }

    /** push-good-artifact: a known-good build enters the distribution now. */
    public boolean pushGoodArtifact(int tick) {
        if (artifact == null) {
            return false;
        }
        artifact.pushGood(state, tick);
        return true;
    }

    /** restart-consumers: the cluster's configuration consumer queues for a restart (false when it has none). */
    public boolean restartConsumer(int c, int tick) {
        if (artifact == null || !artifact.consumer(c)) {
            return false;
        }
        state.touch(c);
        artifact.restart(state, c, tick);
        return true;
    }

    /**
     * route-to-fallback: the given services' traffic on cluster c moves to clusters running the
     * artifact's fallback version (healthy, with spare capacity). Returns the share moved.
     */
    public double routeToFallback(int c, boolean[] services) {
        if (artifact == null || artifact.fallbackMask()[c]) {
            return 0; // traffic already on the fallback version stays where it is
        }
        boolean[] mask = new boolean[state.n];
        mask[c] = true;
        state.touchAll();
        sharesChanged = true;
        return traffic.shiftAway(state, mask, services, artifact.fallbackMask());
    }

    /**
     * break-glass: operators switch to credentials on the exempt priority level (system:masters),
     * so their requests bypass queues and seat limits (not a crashed server, nor the slowdown).
     */
    public void breakGlass(int c) {
        state.touch(c);
        if (state.api[c] != null) {
            state.api[c].setLevel(ApiServerQueues.OPERATORS, controlPlane.queues().exemptLevel);
        }
    }

    /** enable-client-backoff: a config push; clients back off once they restart, over {@code restartMinutes}. */
    public void enableClientBackoff(int c, double restartMinutes) {
        state.touch(c);
        if (state.api[c] != null) {
            state.backoffRate[c] = restartMinutes <= 0 ? 1 : 1 / (restartMinutes * 60);
        }
    }

    /**
     * set-shares: a priority level's nominal concurrency shares from now on (a changed
     * PriorityLevelConfiguration); an unknown level or a cluster without queues is left alone.
     */
    public void setShares(int c, String level, double shares) {
        state.touch(c);
        if (state.api[c] != null) {
            int l = state.api[c].spec().level(level);
            if (l >= 0 && !state.api[c].spec().levels().get(l).exempt()) {
                state.api[c].setShares(l, shares);
            }
        }
    }

    /** add-seats: more concurrency per API server replica (a higher --max-requests-inflight). */
    public void addSeats(int c, double seatsPerReplica) {
        state.touch(c);
        state.extraSeatsPerReplica[c] += seatsPerReplica;
    }

    public double seatsPerReplica() {
        return controlPlane.seatsPerReplica();
    }
}
