package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Parameters of the model's mechanisms, each with its unit in its name. A missing section means the
 * mechanism is not part of this scenario; the engine's documented defaults apply only where a field
 * is marked optional in docs/scenario-format.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"controlPlane", "telemetry", "dns", "dataPlane", "observation", "network", "repair", "backlog",
        "platform", "configArtifact", "apiServer"})
public record Mechanisms(
        ControlPlane controlPlane,
        Telemetry telemetry,
        Dns dns,
        DataPlane dataPlane,
        Observation observation,
        Network network,
        Repair repair,
        Backlog backlog,
        PlatformMechanisms platform,
        ConfigArtifact configArtifact,
        ApiServer apiServer) {

    /** The mechanisms of the first scenario; the newer sections are absent (null). */
    public Mechanisms(ControlPlane controlPlane, Telemetry telemetry, Dns dns, DataPlane dataPlane, Observation observation) {
        this(controlPlane, telemetry, dns, dataPlane, observation, null, null, null, null, null, null);
    }

    /** The mechanisms of the Reddit and Datadog scenarios; no platform or configuration-artifact section. */
    public Mechanisms(ControlPlane controlPlane, Telemetry telemetry, Dns dns, DataPlane dataPlane, Observation observation,
                      Network network, Repair repair, Backlog backlog) {
        this(controlPlane, telemetry, dns, dataPlane, observation, network, repair, backlog, null, null, null);
    }

    /** With regional-platform mechanisms and no configuration artifact. */
    public Mechanisms(ControlPlane controlPlane, Telemetry telemetry, Dns dns, DataPlane dataPlane, Observation observation,
                      Network network, Repair repair, Backlog backlog, PlatformMechanisms platform) {
        this(controlPlane, telemetry, dns, dataPlane, observation, network, repair, backlog, platform, null, null);
    }

    /** With a generated configuration artifact and no regional-platform mechanisms. */
    public Mechanisms(ControlPlane controlPlane, Telemetry telemetry, Dns dns, DataPlane dataPlane, Observation observation,
                      Network network, Repair repair, Backlog backlog, ConfigArtifact configArtifact) {
        this(controlPlane, telemetry, dns, dataPlane, observation, network, repair, backlog, null, configArtifact, null);
    }

    /** With the request-queue API server and neither platform nor configuration-artifact section. */
    public Mechanisms(ControlPlane controlPlane, Telemetry telemetry, Dns dns, DataPlane dataPlane, Observation observation,
                      Network network, Repair repair, Backlog backlog, ApiServer apiServer) {
        this(controlPlane, telemetry, dns, dataPlane, observation, network, repair, backlog, null, null, apiServer);
    }

    /**
     * API server capacity and overload. Capacity is {@code seatsPerReplica × replicas} concurrency
     * seats, replicas = max(minReplicas, ceil(nodes / nodesPerReplica)). Demand above capacity makes
     * requests queue past client timeouts: goodput falls linearly to zero at
     * {@code (1 + collapseOverload) × capacity}. Failing clients break watches and re-list (cost per
     * node², {@code relistSeatsPerNodeSquared} when all re-list), which keeps load high after the
     * trigger is gone: the metastable state.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"seatsPerReplica", "nodesPerReplica", "minReplicas", "baselineSeatsPerNode",
            "relistSeatsPerNodeSquared", "collapseOverload", "retryGrowthPerSecond", "retryDecayPerSecond",
            "crashOverload", "crashMeanSeconds", "restartSeconds", "failedHealth"})
    public record ControlPlane(
            Double seatsPerReplica,
            Double nodesPerReplica,
            Integer minReplicas,
            Double baselineSeatsPerNode,
            Double relistSeatsPerNodeSquared,
            Double collapseOverload,
            Double retryGrowthPerSecond,
            Double retryDecayPerSecond,
            Double crashOverload,
            Double crashMeanSeconds,
            Double restartSeconds,
            Double failedHealth) {}

    /**
     * The telemetry agent: once it reaches a cluster, its pods start on every node over
     * {@code rampSeconds}; each running agent lists cluster-wide objects, costing
     * {@code seatsPerNodeSquared × nodes²} seats when all run. Removal takes {@code removalSeconds}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"seatsPerNodeSquared", "rampSeconds", "removalSeconds", "listIntervalSeconds"})
    public record Telemetry(Double seatsPerNodeSquared, Double rampSeconds, Double removalSeconds,
                            Double listIntervalSeconds) {
        public Telemetry(Double seatsPerNodeSquared, Double rampSeconds, Double removalSeconds) {
            this(seatsPerNodeSquared, rampSeconds, removalSeconds, null);
        }
    }

    /**
     * The API server as request queues (docs/model.md, "Overload as queues"; ADR 0030). When present,
     * it replaces the control plane's static overload formula ({@code collapseOverload} and the retry
     * rates are then not used): seats per replica ({@code controlPlane.seatsPerReplica}) are shared by
     * the default API Priority and Fairness levels, requests time out after
     * {@code requestTimeoutSeconds}, and the client classes ({@code node-agents}, {@code telemetry},
     * {@code coredns}, {@code controllers}, {@code operators}, {@code reflectors}) retry as
     * {@code clients} says. A node's watches break at {@code watchBreaksPerSecond} while its requests
     * go unanswered, and it then re-lists (the {@code reflectors}). With
     * {@code breakGlass}, operators use credentials on the exempt level. Every field is optional;
     * defaults in docs/scenario-format.md.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"requestTimeoutSeconds", "breakGlass", "controllerSeatsPerNode", "relistSeconds",
            "watchBreaksPerSecond", "clients"})
    public record ApiServer(Double requestTimeoutSeconds, Boolean breakGlass, Double controllerSeatsPerNode,
                            Double relistSeconds, Double watchBreaksPerSecond, java.util.Map<String, ApiClient> clients) {
        public ApiServer {
            clients = clients == null ? java.util.Map.of() : ScenarioMaps.ordered(clients);
        }

        public ApiServer(Double requestTimeoutSeconds, Boolean breakGlass, Double controllerSeatsPerNode,
                         Double relistSeconds, java.util.Map<String, ApiClient> clients) {
            this(requestTimeoutSeconds, breakGlass, controllerSeatsPerNode, relistSeconds, null, clients);
        }
    }

    /**
     * Overrides for one client class of the API server; absent fields keep the class's defaults.
     * {@code level}: its priority level; {@code requestSeconds}: duration of one request at no load;
     * {@code patienceSeconds}: when the client gives up; {@code backoff}: exponential backoff with
     * jitter on retry (false: retry after {@code retryDelaySeconds}); {@code maxBackoffSeconds}: the
     * backoff cap; {@code giveUpSeconds}: how long a failed request stays wanted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"level", "requestSeconds", "patienceSeconds", "backoff", "retryDelaySeconds",
            "maxBackoffSeconds", "giveUpSeconds"})
    public record ApiClient(String level, Double requestSeconds, Double patienceSeconds, Boolean backoff,
                            Double retryDelaySeconds, Double maxBackoffSeconds, Double giveUpSeconds) {}

    /**
     * CoreDNS fed by the API. While it cannot sync, cached records keep resolving for
     * {@code graceSeconds} (± {@code graceJitterSeconds} per cluster and run), then expire evenly over
     * {@code spreadSeconds}. Failed lookups add {@code failedLookupSeatsPerNode} seats per node.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"graceSeconds", "graceJitterSeconds", "spreadSeconds", "failedLookupSeatsPerNode",
            "resyncSeconds"})
    public record Dns(
            Double graceSeconds,
            Double graceJitterSeconds,
            Double spreadSeconds,
            Double failedLookupSeatsPerNode,
            Double resyncSeconds) {}

    /**
     * Workloads: each cluster can serve {@code 1 + headroom} times its normal traffic; after DNS
     * returns, crash-looping workloads come back over {@code warmupSeconds}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"headroom", "warmupSeconds"})
    public record DataPlane(Double headroom, Double warmupSeconds) {}

    /**
     * What responders see: metrics scraped every {@code scrapeSeconds}, visible {@code lagSeconds}
     * later; a cluster whose API health is below {@code gapBelowHealth} loses each sample with
     * probability {@code gapProbability} (its monitoring degrades with it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"scrapeSeconds", "lagSeconds", "gapBelowHealth", "gapProbability"})
    public record Observation(Double scrapeSeconds, Double lagSeconds, Double gapBelowHealth, Double gapProbability) {}

    /**
     * Pod networking across nodes. It needs a network component (e.g. Calico route reflectors) whose
     * members are the nodes matching {@code componentSelector}; if an upgrade removes that label, the
     * component has no members, routes are withdrawn over {@code holdSeconds} and cross-node traffic
     * fails. Nodes whose own networking breaks (an OS update flushing CNI rules) are lost one by one.
     * Routes come back over {@code reconvergeSeconds}. With {@code admissionWebhooks}, API requests
     * that call a webhook over the pod network time out with it; with {@code controlPlaneOnWorkers},
     * API capacity falls with the share of broken nodes.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"componentSelector", "holdSeconds", "reconvergeSeconds", "admissionWebhooks",
            "controlPlaneOnWorkers"})
    public record Network(
            String componentSelector,
            Double holdSeconds,
            Double reconvergeSeconds,
            Boolean admissionWebhooks,
            Boolean controlPlaneOnWorkers) {}

    /**
     * Recovery capacity: broken nodes the whole organisation can repair (reboot, re-image) per minute,
     * shared by every cluster under repair. The bottleneck of a fleet-wide node failure.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"nodesPerMinute"})
    public record Repair(Double nodesPerMinute) {}

    /**
     * Work that arrives while a service cannot process it queues up. Once serving again, each queuing
     * service's backlog drains at its {@code drainPerMinute} (minutes of backlog per minute, × (1 +
     * scale-out), scale-out up to {@code maxScaleOut}); until it is below {@code thresholdMinutes} the
     * service is degraded ({@code degradedAvailability} × its serving availability): data is late.
     * Services absent from {@code drainPerMinute} do not queue (e.g. a web front end).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"thresholdMinutes", "degradedAvailability", "maxScaleOut", "drainPerMinute"})
    public record Backlog(Double thresholdMinutes, Double degradedAvailability, Double maxScaleOut,
                          java.util.Map<String, Double> drainPerMinute) {
        public Backlog {
            drainPerMinute = drainPerMinute == null ? java.util.Map.of() : ScenarioMaps.ordered(drainPerMinute);
        }
    }

    /**
     * A generated configuration artifact (e.g. a feature file): rebuilt every {@code cycleSeconds} (at
     * whole multiples of the cycle on the clock) by a query on a source cluster whose own change rolls out
     * node by node, from {@code sourceChangeAt} ({@code sourceInitialShare} of the nodes at once) to every
     * node {@code sourceRolloutSeconds} later. A build is bad with the probability that the query ran on a
     * changed node, i.e. the changed share. Each build reaches every consumer cluster within
     * {@code propagationSeconds} (a per-cluster delay drawn per run), with no health gate. Consumers react
     * by their cluster's {@code version} ({@link Consumer}). The longer a cluster's consumers crash-loop, the more of
     * them wedge: {@code wedgeShare} × (seconds of crash loop since the last restart / {@code wedgeAfterSeconds}),
     * at most {@code wedgeShare}, stay broken on a good artifact until the cluster is restarted. A restarted cluster's {@code restartTasks} tasks come up one after another over
     * {@code restartSeconds} (a rolling restart) and each fetches its configuration from a shared store ({@code storeSeats} concurrent fetches of {@code fetchSeconds}; a fetch not
     * answered within {@code fetchPatienceSeconds} is retried after {@code fetchRetrySeconds}, doubling
     * with jitter when {@code fetchBackoff}); the cluster is back once every task has its configuration. Restarting many clusters at once is a herd on the store (the queue model of
     * {@code engine.queue}). {@code fallbackVersion}: the version traffic is routed to by {@code route-to-fallback}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"sourceChangeAt", "sourceInitialShare", "sourceRolloutSeconds", "cycleSeconds",
            "propagationSeconds", "consumers", "wedgeShare", "wedgeAfterSeconds", "restartSeconds", "restartTasks",
            "storeSeats", "fetchSeconds", "fetchPatienceSeconds", "fetchRetrySeconds", "fetchBackoff", "fallbackVersion"})
    public record ConfigArtifact(
            String sourceChangeAt,
            Double sourceInitialShare,
            Double sourceRolloutSeconds,
            Double cycleSeconds,
            Double propagationSeconds,
            java.util.List<Consumer> consumers,
            Double wedgeShare,
            Double wedgeAfterSeconds,
            Double restartSeconds,
            Double restartTasks,
            Double storeSeats,
            Double fetchSeconds,
            Double fetchPatienceSeconds,
            Double fetchRetrySeconds,
            Boolean fetchBackoff,
            String fallbackVersion) {
        public ConfigArtifact {
            consumers = ScenarioMaps.list(consumers);
        }

        /** What a bad artifact does to a cluster running {@code version}. */
        public static final String CRASH = "crash";
        public static final String DEGRADE = "degrade";

        /**
         * Clusters running {@code version} {@code crash} (the serving binary crash-loops) or {@code degrade}
         * (they keep serving with a wrong result) on a bad artifact, and lose {@code trafficLost} of what they
         * serve while it is in place (crash: the requests through the failing module; degrade: false blocks).
         */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @JsonPropertyOrder({"version", "onBad", "trafficLost"})
        public record Consumer(String version, String onBad, Double trafficLost) {}
    }
}
