package firedrill.app.author;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Units, ranges and one-line meanings of the numeric fields, from the "meaning" columns of
 * docs/scenario-format.md (mechanisms, generator, team). Keyed by path without {@code $.}.
 * {@code FieldHelpTest} checks that every mechanism field of the records has an entry.
 */
public final class FieldHelp {
    /** What the editor shows next to a field. */
    public record Help(String unit, String range, String text) {}

    private static final Map<String, Help> HELP = build();

    private FieldHelp() {}

    /** Help for a path such as {@code $.mechanisms.dns.graceSeconds}; null when there is none. */
    public static Help of(String path) {
        return HELP.get(path.startsWith("$.") ? path.substring(2) : path);
    }

    private static void put(Map<String, Help> m, String key, String unit, String range, String text) {
        m.put(key, new Help(unit, range, text));
    }

    private static Map<String, Help> build() {
        Map<String, Help> m = new LinkedHashMap<>();
        put(m, "mechanisms.controlPlane.seatsPerReplica", "seats", "[1, 1000000]", "concurrency seats per API server replica (APF seats).");
        put(m, "mechanisms.controlPlane.nodesPerReplica", "nodes", "[1, 1000000]", "nodes per replica when a cluster's replicas are sized.");
        put(m, "mechanisms.controlPlane.minReplicas", "replicas", "whole [1, 100]", "fewest replicas per cluster.");
        put(m, "mechanisms.controlPlane.baselineSeatsPerNode", "seats per node", "[0, 100]", "seats in use per node in normal operation (kubelets, controllers).");
        put(m, "mechanisms.controlPlane.relistSeatsPerNodeSquared", "seats per node²", "[0, 1]", "seats per node² when every client re-lists (broken watches).");
        put(m, "mechanisms.controlPlane.collapseOverload", "× capacity", "[0.01, 100], not with apiServer", "goodput falls linearly from capacity to zero at (1 + this) × capacity (static formula only).");
        put(m, "mechanisms.controlPlane.retryGrowthPerSecond", "per second", "[0, 1], not with apiServer", "growth of the re-listing share per second while requests fail (static formula only).");
        put(m, "mechanisms.controlPlane.retryDecayPerSecond", "per second", "[0, 1], not with apiServer", "its decay per second while requests succeed (static formula only).");
        put(m, "mechanisms.controlPlane.crashOverload", "× capacity", "[1, 1000]", "above this multiple of capacity, replicas may crash (after crashMeanSeconds on average); with apiServer, when the real width of the work in flight passes this multiple of the seats.");
        put(m, "mechanisms.controlPlane.crashMeanSeconds", "s", "[1, 10000000]", "mean time until an overloaded replica crashes (above crashOverload).");
        put(m, "mechanisms.controlPlane.restartSeconds", "s", "[1, 86400]", "seconds an API server restart takes; every client then reconnects at once.");
        put(m, "mechanisms.controlPlane.failedHealth", "share", "[0, 1]", "API health (share answered in time) below which a cluster counts as failed.");
        put(m, "mechanisms.telemetry.seatsPerNodeSquared", "seats per node²", "[0, 1]", "seats per node² once the agent runs on every node.");
        put(m, "mechanisms.telemetry.rampSeconds", "s", "[1, 86400]", "seconds for the agent to start on every node of a cluster.");
        put(m, "mechanisms.telemetry.removalSeconds", "s", "[1, 86400]", "seconds for it to go once deleted or rolled back.");
        put(m, "mechanisms.telemetry.listIntervalSeconds", "s", "[1, 86400], optional",
                "with apiServer: seconds between two LISTs of one agent (default 30).");
        put(m, "mechanisms.apiServer.requestTimeoutSeconds", "s", "[1, 3600], optional",
                "kube-apiserver --request-timeout (default 60): a request waiting or running longer fails.");
        put(m, "mechanisms.apiServer.breakGlass", "", "true or false, optional",
                "operators use credentials on the exempt priority level from the start (default false).");
        put(m, "mechanisms.apiServer.controllerSeatsPerNode", "seats", "[0, 100], optional",
                "seats the controllers use per node at no load (default 0.02).");
        put(m, "mechanisms.apiServer.relistSeconds", "s", "[0, 86400], optional",
                "a node's re-list costs relistSeatsPerNodeSquared × nodes × this, in seat-seconds (default 100).");
        put(m, "mechanisms.apiServer.watchBreaksPerSecond", "per second", "[0, 10], optional",
                "rate at which a node's watches break (and its reflectors re-list) while its requests go unanswered (default 0.02).");
        put(m, "mechanisms.apiServer.clients", "", "object, optional",
                "overrides per client class (node-agents, telemetry, coredns, controllers, operators, reflectors): level,"
                + " requestSeconds, patienceSeconds, backoff, retryDelaySeconds, maxBackoffSeconds, giveUpSeconds.");
        put(m, "mechanisms.dns.graceSeconds", "s", "[0, 86400]", "seconds cached records keep resolving once CoreDNS cannot sync.");
        put(m, "mechanisms.dns.graceJitterSeconds", "s", "[0, 86400]", "± jitter of the grace, drawn per cluster and run.");
        put(m, "mechanisms.dns.spreadSeconds", "s", "[1, 86400]", "seconds over which the cached records then expire.");
        put(m, "mechanisms.dns.failedLookupSeatsPerNode", "seats per node", "[0, 100]", "API seats per node added by failing lookups.");
        put(m, "mechanisms.dns.resyncSeconds", "s", "[1, 86400]", "seconds to resync once the API answers again.");
        put(m, "mechanisms.dataPlane.headroom", "share", "[0, 10]", "a cluster serves up to (1 + headroom) × its normal traffic (limits traffic shifting).");
        put(m, "mechanisms.dataPlane.warmupSeconds", "s", "[1, 86400]", "seconds for workloads to come back once DNS resolves.");
        put(m, "mechanisms.observation.scrapeSeconds", "s", "[1, 3600]", "seconds between metric scrapes.");
        put(m, "mechanisms.observation.lagSeconds", "s", "[0, 3600], ≤ 120 × scrapeSeconds", "seconds before a sample becomes visible.");
        put(m, "mechanisms.observation.gapBelowHealth", "share", "[0, 1]", "API health below which a cluster's samples may be lost (see gapProbability).");
        put(m, "mechanisms.observation.gapProbability", "probability", "[0, 1]", "chance that a sample of a cluster below gapBelowHealth is lost.");
        put(m, "mechanisms.network.componentSelector", "label", "text", "node label that selects the network component's members (e.g. Calico route reflectors); an upgrade that removes this label breaks the component.");
        put(m, "mechanisms.network.holdSeconds", "s", "[1, 86400]", "seconds until routes are withdrawn once the component has no members (BGP hold time).");
        put(m, "mechanisms.network.reconvergeSeconds", "s", "[1, 86400]", "seconds for routes to come back once it is fixed.");
        put(m, "mechanisms.network.admissionWebhooks", "", "boolean, optional", "API writes call webhooks over the pod network, so they time out with it (reads, watches and operators' commands do not).");
        put(m, "mechanisms.network.controlPlaneOnWorkers", "", "boolean, optional", "API servers run on the same nodes: capacity falls with the share of broken nodes, and below half (quorum) the API stops.");
        put(m, "mechanisms.repair.nodesPerMinute", "nodes per minute", "[0, 10⁶]", "broken nodes the organisation can repair per minute, shared equally by all clusters under repair-nodes.");
        put(m, "mechanisms.backlog.thresholdMinutes", "min", "[0, 10⁶]", "backlog above which a queuing service counts as degraded.");
        put(m, "mechanisms.backlog.degradedAvailability", "factor", "[0, 1]", "factor applied to a degraded service's availability (data is late).");
        put(m, "mechanisms.backlog.maxScaleOut", "share", "[0, 100]", "most extra processing scale-out-compute can add (cloud quota), as a share of normal.");
        put(m, "mechanisms.backlog.drainPerMinute", "min per min", "map service id → [0, 1000]", "minutes of backlog drained per minute at full service; services not listed do not queue.");
        put(m, "mechanisms.platform.dependencies", "", "map service id → map upstream id → weight [0, 1]", "a dependent service's availability × Π (1 − weight × (1 − upstream's)); no cycles.");
        put(m, "mechanisms.platform.endpointDns", "", "object", "an endpoint's DNS record kept by automation, emptied by a race at raceAt; cached answers, negative caching, recurrence unless frozen.");
        put(m, "mechanisms.platform.leases", "", "object", "hosts that work only with a lease renewed through a service; re-leasing through a lease manager that can collapse.");
        put(m, "mechanisms.platform.propagation", "", "object", "network state for instance changes; a backlog leaves new instances unreachable.");
        put(m, "mechanisms.platform.healthChecks", "", "object", "load-balancer health checks whose automatic failover removes capacity when they fall behind.");
        put(m, "mechanisms.configArtifact.sourceChangeAt", "time", "HH:MM in the window", "when the source's own change reaches its first nodes.");
        put(m, "mechanisms.configArtifact.sourceInitialShare", "share", "[0, 1]", "share of source nodes changed then; a build is bad with the changed share's probability.");
        put(m, "mechanisms.configArtifact.sourceRolloutSeconds", "s", "[1, 604800]", "seconds until every source node runs the change.");
        put(m, "mechanisms.configArtifact.cycleSeconds", "s", "[60, 86400]", "a build at every multiple of this on the clock.");
        put(m, "mechanisms.configArtifact.propagationSeconds", "s", "[0, 86400], < cycleSeconds", "each cluster receives a build within this, with no health gate.");
        put(m, "mechanisms.configArtifact.consumers", "", "list of {version, onBad, trafficLost}", "clusters of a version crash or degrade on a bad build and lose that share of what they serve.");
        put(m, "mechanisms.configArtifact.wedgeShare", "share", "[0, 1]", "most of a crashing cluster's consumers that stay broken on a good build until restarted.");
        put(m, "mechanisms.configArtifact.wedgeAfterSeconds", "s", "[0, 604800]", "crash loop in all after which wedgeShare is reached (proportionally before).");
        put(m, "mechanisms.configArtifact.restartSeconds", "s", "[1, 86400]", "a cluster's rolling restart: its tasks come up over this time.");
        put(m, "mechanisms.configArtifact.restartTasks", "tasks", "[1, 10⁶]", "tasks per cluster; each fetches its configuration from the shared store as it comes up.");
        put(m, "mechanisms.configArtifact.storeSeats", "fetches", "[1, 10⁶]", "concurrent fetches the shared configuration store serves.");
        put(m, "mechanisms.configArtifact.fetchSeconds", "s", "[0.001, 3600]", "seconds one fetch takes.");
        put(m, "mechanisms.configArtifact.fetchPatienceSeconds", "s", "[0.001, 86400], > fetchSeconds", "a fetch not answered by then is retried.");
        put(m, "mechanisms.configArtifact.fetchRetrySeconds", "s", "[0.001, 86400]", "delay before a failed fetch is retried.");
        put(m, "mechanisms.configArtifact.fetchBackoff", "", "boolean", "restarting tasks back off (doubling, with jitter) after failed fetches.");
        put(m, "mechanisms.configArtifact.fallbackVersion", "version", "id", "the version route-to-fallback moves traffic to.");
        put(m, "fleet.generator.seed", "", "whole", "seed of the generated fleet. The fleet is part of the scenario: the same in every run.");
        put(m, "fleet.generator.clusters", "", "whole [0, 5000]", "how many clusters to generate.");
        put(m, "fleet.generator.idPrefix", "", "string of up to 16 a-z 0-9 -", "generated ids are idPrefix + region + \"-\" + NNN (gen-east-001), numbered per region.");
        put(m, "fleet.generator.minNodes", "", "whole [1, 100000]", "Pareto scale: the smallest cluster.");
        put(m, "fleet.generator.maxNodes", "", "whole [1, 100000], ≥ minNodes", "cap on a generated cluster.");
        put(m, "fleet.generator.paretoAlpha", "", "number [0.1, 10]", "Pareto shape; smaller means a heavier tail (a few huge clusters).");
        put(m, "fleet.generator.trafficSizeExponent", "", "number [0, 4]", "the generator's traffic is split in proportion to nodes^exponent.");
        put(m, "fleet.generator.traffic", "", "map service id → share", "share of each service carried by all generated clusters together; must be empty when clusters is 0.");
        put(m, "team.responders", "", "whole [1, 100]", "responders on call at the start; each action occupies one.");
        put(m, "team.escalationAdds", "", "whole [0, 100]", "responders an escalate action pages.");
        put(m, "team.escalationDelay", "", "duration", "time until they join.");
        return Map.copyOf(m);
    }
}
