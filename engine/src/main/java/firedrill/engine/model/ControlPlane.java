package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.rng.ClusterStreams;
import firedrill.engine.rng.SeededStream;

/**
 * API server load, capacity and overload (docs/model.md).
 * <ul>
 * <li>Demand in concurrency seats from admitted clients: baseline (∝ nodes), telemetry agents
 *     (∝ nodes²), re-lists of clients whose watches broke (∝ nodes²) and DNS lookups that fail
 *     (∝ nodes).</li>
 * <li>Capacity: replicas × seats per replica (APF seats, kubernetes-facts.md).</li>
 * <li>Goodput collapse: past capacity, queued requests exceed client timeouts; the answered share
 *     falls linearly from 1 at capacity to 0 at (1 + collapseOverload) × capacity.</li>
 * <li>Metastability: unanswered clients re-list (relist share grows), answered ones settle (it
 *     decays). A big cluster at full relist stays above capacity after the trigger is gone.</li>
 * <li>Crash: far above capacity, replicas run out of memory (hazard per second, drawn from the
 *     cluster's own crash stream); a restart brings every client back at once: the reconnect herd.</li>
 * </ul>
 */
final class ControlPlane {
    private final double seatsPerReplica;
    private final double baselineSeatsPerNode;
    private final double relistSeatsPerNodeSquared;
    private final double collapseOverload;
    private final double growth;
    private final double decay;
    private final double crashOverload;
    private final double crashHazard;
    private final double restartSeconds;
    private final double telemetrySeatsPerNodeSquared;
    private final double failedLookupSeatsPerNode;
    private final boolean controlPlaneOnWorkers;
    /** The API server as request queues, or null for the static formula below. */
    private final ApiServerQueues queues;

    ControlPlane(Mechanisms m, Telemetry telemetry) {
        Mechanisms.ControlPlane p = m.controlPlane();
        seatsPerReplica = p.seatsPerReplica();
        baselineSeatsPerNode = p.baselineSeatsPerNode();
        relistSeatsPerNodeSquared = p.relistSeatsPerNodeSquared();
        // With request queues (apiServer) the static formula's parameters are optional and unused.
        collapseOverload = p.collapseOverload() == null ? 0 : p.collapseOverload();
        growth = p.retryGrowthPerSecond() == null ? 0 : p.retryGrowthPerSecond();
        decay = p.retryDecayPerSecond() == null ? 0 : p.retryDecayPerSecond();
        crashOverload = p.crashOverload();
        crashHazard = 1.0 / p.crashMeanSeconds();
        restartSeconds = p.restartSeconds();
        telemetrySeatsPerNodeSquared = telemetry.seatsPerNodeSquared;
        failedLookupSeatsPerNode = m.dns() == null ? 0 : m.dns().failedLookupSeatsPerNode();
        controlPlaneOnWorkers = m.network() != null && Boolean.TRUE.equals(m.network().controlPlaneOnWorkers());
        queues = m.apiServer() == null ? null : new ApiServerQueues(m, seatsPerReplica);
    }

    /** Gives every cluster its request-queue API server when the scenario has one. */
    void init(FleetState s) {
        if (queues != null) {
            for (int c = 0; c < s.n; c++) {
                s.api[c] = queues.newServer();
            }
        }
    }

    ApiServerQueues queues() {
        return queues;
    }

    void step(FleetState s, int c, int tick, ClusterStreams crashes) {
        if (queues != null) {
            stepQueues(s, c, tick, crashes);
            return;
        }
        {
            double n = s.nodes[c];
            double perNodeSquared = n * n;
            double demand = s.admitted[c] * (baselineSeatsPerNode * n
                    + (telemetrySeatsPerNodeSquared * s.agent[c] + relistSeatsPerNodeSquared * s.relist[c]) * perNodeSquared
                    + failedLookupSeatsPerNode * (1 - s.dnsOk[c]) * n);
            s.demand[c] = demand;
            if (s.downUntil[c] == tick) {
                s.relist[c] = 1; // every client reconnects and re-lists after the restart
            }
            boolean down = s.downUntil[c] > tick;
            double capacity = down ? 0 : s.replicas[c] * (seatsPerReplica + s.extraSeatsPerReplica[c]) * survivingReplicas(s, c);
            s.capacity[c] = capacity;
            double h;
            if (down) {
                h = 0;
            } else if (demand <= capacity) {
                h = 1;
            } else {
                h = Math.max(0, 1 - (demand / capacity - 1) / collapseOverload);
            }
            s.answered[c] = h;
            if (s.webhooks[c]) {
                h *= s.podNet[c]; // writes that call an admission webhook time out with the pod network
            }
            s.health[c] = h;
            s.operatorAnswered[c] = s.answered[c];
            if (s.admitted[c] > 0) {
                double f = s.relist[c];
                double a = s.answered[c]; // watches break when reads go unanswered
                f += growth * (1 - a) * (1 - f) - decay * a * f;
                // Snap the tail of the decay to zero: a settled cluster is then an exact fixed point.
                s.relist[c] = f < 1e-9 ? 0 : Math.min(1, f);
            }
            if (!down && demand > crashOverload * capacity && crashes.nextDouble(c) < crashHazard) {
                s.downUntil[c] = tick + (int) Math.round(restartSeconds * crashes.uniform(c, 0.75, 1.25));
            }
        }
    }

    /**
     * The API server as request queues: clients that must re-list join the node agents' and CoreDNS'
     * retry pools, clients cut off by a network block drop theirs, then one second of the queues.
     * Reads and watches (CoreDNS) get {@code answered}, operators {@code operatorAnswered}, and
     * {@code health} is the share of every request answered in time.
     */
    private void stepQueues(FleetState s, int c, int tick, ClusterStreams crashes) {
        firedrill.engine.queue.RequestServer api = s.api[c];
        double n = s.nodes[c];
        if (s.downUntil[c] == tick) {
            s.relist[c] = 1; // every client reconnects and re-lists after the restart
        }
        if (s.admitted[c] == 0) {
            for (int k = 0; k < ApiServerQueues.CLIENTS.size(); k++) {
                if (k != ApiServerQueues.OPERATORS) {
                    api.scaleRetries(k, 0); // blocked at the network: they re-list once re-admitted
                }
            }
        }
        if (s.relist[c] > 0) {
            // Re-admitted, joining or reconnecting node agents re-list once each.
            api.addRetries(ApiServerQueues.REFLECTORS, s.relist[c] * s.admitted[c] * n);
            s.relist[c] = 0;
        }
        boolean down = s.downUntil[c] > tick;
        double seats = down ? 0 : s.replicas[c] * (seatsPerReplica + s.extraSeatsPerReplica[c]) * survivingReplicas(s, c);
        if (down) {
            api.dropQueues();
        }
        if (s.backoffRate[c] > 0) {
            pushBackoff(s, c, api);
        }
        api.setSeats(seats);
        double[] arrivals = s.apiArrivals;
        queues.arrivals(s, c, arrivals);
        api.advance(1, arrivals, n);
        double demand = api.offeredRealSeats();
        s.demand[c] = demand;
        s.capacity[c] = seats;
        double h = down || seats == 0 ? 0 : api.answeredShare();
        // CoreDNS serves records kept current through the same server (endpoints from node agents'
        // status, its watch): it syncs only as well as its own requests and the server overall answer.
        s.answered[c] = down || seats == 0 ? 0 : Math.min(api.answered(ApiServerQueues.COREDNS), h);
        s.operatorAnswered[c] = down ? 0 : api.answered(ApiServerQueues.OPERATORS);
        if (s.webhooks[c]) {
            h *= s.podNet[c]; // writes that call an admission webhook time out with the pod network
        }
        s.health[c] = h;
        // Memory goes to the requests being served, not to those queued or rejected: replicas crash
        // when the real width of the work in flight exceeds crashOverload × seats (slowdown).
        if (!down && api.slowdown() > crashOverload && crashes.nextDouble(c) < crashHazard) {
            s.downUntil[c] = tick + (int) Math.round(restartSeconds * crashes.uniform(c, 0.75, 1.25));
        }
    }

    /** Clients restarting with the pushed config back off from now on; done when all have. */
    private static void pushBackoff(FleetState s, int c, firedrill.engine.queue.RequestServer api) {
        boolean done = true;
        for (int k = 0; k < ApiServerQueues.CLIENTS.size(); k++) {
            if (k == ApiServerQueues.OPERATORS) {
                continue;
            }
            double b = Math.min(1, api.backoffShare(k) + s.backoffRate[c]);
            api.setBackoffShare(k, b);
            done &= b >= 1;
        }
        if (done) {
            s.backoffRate[c] = 0;
        }
    }

    /** API servers on broken nodes are gone; below quorum (half) etcd stops and the API with it. */
    private double survivingReplicas(FleetState s, int c) {
        if (!controlPlaneOnWorkers) {
            return 1;
        }
        double alive = 1 - s.nodeBroken[c];
        return alive >= 0.5 ? alive : 0;
    }

    /** restart-apiservers: all replicas down for the restart time, then the reconnect herd. */
    void restart(FleetState s, int c, int tick, SeededStream rng) {
        s.downUntil[c] = tick + (int) Math.round(restartSeconds * rng.uniform(0.75, 1.25));
    }

    double seatsPerReplica() {
        return seatsPerReplica;
    }
}
