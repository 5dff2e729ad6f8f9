package firedrill.engine.model;

import firedrill.engine.queue.ClientClass;
import firedrill.engine.queue.Cost;
import firedrill.engine.queue.PriorityLevel;
import firedrill.engine.queue.RequestServer;
import firedrill.engine.queue.RetryPolicy;
import firedrill.engine.queue.ServerSpec;
import firedrill.engine.scenario.Mechanisms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kube-apiserver on the general request-queue mechanism ({@link RequestServer}; docs/model.md,
 * "Overload as queues"). Builds the server spec from the scenario: the default API Priority and
 * Fairness priority levels, the five client classes with their costs (node agents' and controllers'
 * re-LISTs and the telemetry agent's LISTs grow with the node count) and their retry behaviour.
 * Immutable; each cluster's {@link RequestServer} lives in {@link FleetState#api}.
 */
final class ApiServerQueues {
    static final int NODE_AGENTS = 0;
    static final int TELEMETRY = 1;
    static final int COREDNS = 2;
    static final int CONTROLLERS = 3;
    static final int OPERATORS = 4;
    static final int REFLECTORS = 5;
    static final List<String> CLIENTS = List.of("node-agents", "telemetry", "coredns", "controllers", "operators",
            "reflectors");

    /** kube-apiserver --request-timeout default (1m0s). */
    static final double DEFAULT_TIMEOUT_SECONDS = 60;
    static final double DEFAULT_TELEMETRY_LIST_INTERVAL_SECONDS = 30;
    static final double DEFAULT_CONTROLLER_SEATS_PER_NODE = 0.02;
    /** CoreDNS' own requests (watch renewals, its few lists) at no load, per second per cluster. */
    static final double COREDNS_REQUESTS_PER_SECOND = 2;
    /** kubectl commands per second while operators work on a cluster. */
    static final double OPERATOR_REQUESTS_PER_SECOND = 1;
    /** Work of one node's re-list in seconds of relistSeatsPerNodeSquared × nodes (model 2's 1/retryDecayPerSecond). */
    static final double DEFAULT_RELIST_SECONDS = 100;
    /** Duration of one re-list at no load. */
    static final double RELIST_REQUEST_SECONDS = 2;
    /**
     * Rate at which an unanswered node's watches break, per second: a watch ends every 5–10 minutes
     * (client-go's random watch timeout) and a kubelet runs tens of reflectors, so one of a node's
     * watches needs renewing every ~50 s; a renewal that goes unanswered makes its reflector re-list.
     */
    static final double DEFAULT_WATCH_BREAKS_PER_SECOND = 0.02;
    /** client-go reflector backoff: 800 ms doubling to 30 s, with jitter. */
    static final double REFLECTOR_FIRST_BACKOFF_SECONDS = 0.8;
    static final double REFLECTOR_MAX_BACKOFF_SECONDS = 30;
    /** APF's list work estimator charges at most 10 seats per request. */
    static final double MAX_SEATS_PER_REQUEST = 10;

    final ServerSpec spec;
    final int exemptLevel;
    final int operatorsLevel;
    private final double nodeRequestsPerNode;
    private final double controllerRequestsPerNode;
    private final double failedLookupRequestsPerNode;
    private final double telemetryListsPerSecond;
    private final double watchBreaksPerSecond;

    /**
     * The default priority levels of API Priority and Fairness (nominal concurrency shares, lendable
     * percent, queues × queue length limit): docs/model.md cites the source.
     */
    static List<PriorityLevel> defaultLevels() {
        return List.of(
                PriorityLevel.exempt("exempt"),
                PriorityLevel.queued("system", 30, 0.33, 64 * 50),
                PriorityLevel.queued("leader-election", 10, 0, 16 * 50),
                PriorityLevel.queued("node-high", 40, 0.25, 64 * 50),
                PriorityLevel.queued("workload-high", 40, 0.5, 128 * 50),
                PriorityLevel.queued("workload-low", 100, 0.9, 128 * 50),
                PriorityLevel.queued("global-default", 20, 0.5, 128 * 50),
                PriorityLevel.queued("catch-all", 5, 0, 0));
    }

    ApiServerQueues(Mechanisms m, double seatsPerReplica) {
        Mechanisms.ApiServer a = m.apiServer();
        Mechanisms.ControlPlane cp = m.controlPlane();
        double timeout = or(a.requestTimeoutSeconds(), DEFAULT_TIMEOUT_SECONDS);
        double relist = cp.relistSeatsPerNodeSquared();
        double relistSeconds = or(a.relistSeconds(), DEFAULT_RELIST_SECONDS);
        // A node's agents re-list every resource they watch: real work relist × nodes × relistSeconds
        // seat-seconds, done in RELIST_REQUEST_SECONDS at no load; APF charges at most 10 seats.
        Cost relistCost = new Cost(RELIST_REQUEST_SECONDS, 0, relist * relistSeconds / RELIST_REQUEST_SECONDS,
                MAX_SEATS_PER_REQUEST);
        Map<String, Mechanisms.ApiClient> o = a.clients();
        List<ClientClass> clients = new ArrayList<>();
        // Heartbeats and status updates (leases, node status: the system-node-high flow schema). A failed
        // one is sent again at once and superseded by the next within 10 s.
        ClientClass nodes = client("node-agents", o, "node-high", 0.2, 10, false, null, 10);
        clients.add(nodes);
        double telemetryInterval = m.telemetry() == null || m.telemetry().listIntervalSeconds() == null
                ? DEFAULT_TELEMETRY_LIST_INTERVAL_SECONDS : m.telemetry().listIntervalSeconds();
        double telemetrySquared = m.telemetry() == null ? 0 : m.telemetry().seatsPerNodeSquared();
        Mechanisms.ApiClient to = o.get("telemetry");
        double listSeconds = to == null || to.requestSeconds() == null ? 1 : to.requestSeconds();
        // Every agent lists cluster-wide objects each interval: n/interval lists of real width ∝ n, so
        // that all agents together cost seatsPerNodeSquared × n² seats (APF charges at most 10 each).
        Cost list = new Cost(listSeconds, 0, telemetrySquared * telemetryInterval / listSeconds, MAX_SEATS_PER_REQUEST);
        clients.add(client("telemetry", o, "workload-low", listSeconds, timeout, false, list, list, telemetryInterval));
        clients.add(client("coredns", o, "workload-high", 0.1, 10, true, null, 300));
        clients.add(client("controllers", o, "workload-high", 0.1, 10, true, null, 300));
        boolean breakGlass = Boolean.TRUE.equals(a.breakGlass());
        Mechanisms.ApiClient op = o.get("operators");
        String opLevel = op != null && op.level() != null ? op.level() : breakGlass ? "exempt" : "global-default";
        clients.add(new ClientClass("operators", opLevel, Cost.fixed(op != null && op.requestSeconds() != null ? op.requestSeconds() : 0.5),
                null, op != null && op.patienceSeconds() != null ? op.patienceSeconds() : timeout, RetryPolicy.none()));
        // Re-lists of node agents whose watches broke (the system-nodes flow schema): a LIST of every
        // resource the node watches, waiting for the server's timeout; client-go reflectors back off.
        // A node re-lists once however many of its requests failed: one pending re-list per node.
        ClientClass reflectors = client("reflectors", o, "system", RELIST_REQUEST_SECONDS, timeout, true, relistCost,
                relistCost, 300);
        clients.add(reflectors.withRetry(reflectors.retry().pendingPerObject(1)));
        spec = new ServerSpec(seatsPerReplica, timeout, defaultLevels(), clients);
        exemptLevel = spec.level("exempt");
        operatorsLevel = spec.level(opLevel);
        nodeRequestsPerNode = cp.baselineSeatsPerNode() / nodes.cost().seatSeconds(0);
        double controllerSeats = or(a.controllerSeatsPerNode(), DEFAULT_CONTROLLER_SEATS_PER_NODE);
        controllerRequestsPerNode = controllerSeats / spec.clients().get(CONTROLLERS).cost().seatSeconds(0);
        failedLookupRequestsPerNode = (m.dns() == null ? 0 : m.dns().failedLookupSeatsPerNode()) / nodes.cost().seatSeconds(0);
        telemetryListsPerSecond = 1 / telemetryInterval;
        watchBreaksPerSecond = or(a.watchBreaksPerSecond(), DEFAULT_WATCH_BREAKS_PER_SECOND);
    }

    private static ClientClass client(String name, Map<String, Mechanisms.ApiClient> o, String level, double seconds,
                                      double patience, boolean backoff, Cost retryCost, double giveUp) {
        return client(name, o, level, seconds, patience, backoff, Cost.fixed(seconds), retryCost, giveUp);
    }

    private static ClientClass client(String name, Map<String, Mechanisms.ApiClient> o, String level, double seconds,
                                      double patience, boolean backoff, Cost cost, Cost retryCost, double giveUp) {
        Mechanisms.ApiClient c = o.get(name);
        if (c == null) {
            return new ClientClass(name, level, cost, retryCost, patience, new RetryPolicy(true, backoff, firstDelay(name), 30, giveUp));
        }
        if (c.requestSeconds() != null && cost.seatsPerObject() == 0) {
            cost = Cost.fixed(c.requestSeconds());
            retryCost = retryCost == null ? null : retryCost.seatsPerObject() == 0 ? cost : retryCost;
        }
        double delay = or(c.retryDelaySeconds(), firstDelay(name));
        return new ClientClass(name, c.level() == null ? level : c.level(), cost, retryCost, or(c.patienceSeconds(), patience),
                new RetryPolicy(true, c.backoff() == null ? backoff : c.backoff(), delay,
                        Math.max(delay, or(c.maxBackoffSeconds(), 30)), or(c.giveUpSeconds(), giveUp)));
    }

    private static double firstDelay(String name) {
        return name.equals("reflectors") ? REFLECTOR_FIRST_BACKOFF_SECONDS : 1;
    }

    private static double or(Double v, double dflt) {
        return v == null ? dflt : v;
    }

    RequestServer newServer() {
        return new RequestServer(spec);
    }

    /** Fresh requests per second of each class on cluster c now (blocked clients send nothing). */
    void arrivals(FleetState s, int c, double[] out) {
        double n = s.nodes[c];
        double admitted = s.admitted[c];
        out[NODE_AGENTS] = admitted * n * (nodeRequestsPerNode + failedLookupRequestsPerNode * (1 - s.dnsOk[c]));
        out[TELEMETRY] = admitted * n * s.agent[c] * telemetryListsPerSecond;
        out[COREDNS] = admitted * COREDNS_REQUESTS_PER_SECOND;
        out[CONTROLLERS] = admitted * n * controllerRequestsPerNode;
        out[OPERATORS] = OPERATOR_REQUESTS_PER_SECOND; // operators are never blocked
        // Watches break while the node's own requests go unanswered (last second's answered share).
        out[REFLECTORS] = admitted * n * watchBreaksPerSecond * (1 - s.api[c].answered(NODE_AGENTS));
    }
}
