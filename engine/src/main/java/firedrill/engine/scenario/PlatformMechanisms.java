package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Parameters of the regional-platform mechanisms (docs/model.md, "Platform mechanisms"): services
 * that depend on each other, an endpoint's DNS record kept by automation, lease-based host capacity,
 * network-state propagation and load-balancer health checks. Every part is optional; a scenario
 * without this section runs exactly as before. Units are in the field names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"dependencies", "endpointDns", "leases", "propagation", "healthChecks"})
public record PlatformMechanisms(
        Map<String, Map<String, Double>> dependencies,
        EndpointDns endpointDns,
        Leases leases,
        Propagation propagation,
        HealthChecks healthChecks) {

    public PlatformMechanisms {
        dependencies = dependencies == null ? Map.of() : ScenarioMaps.ordered(dependencies);
    }

    /**
     * A service's endpoint resolved through a DNS record that automation keeps up to date. At
     * {@code raceAt} a race between the automation's workers leaves the record empty; resolvers'
     * cached answers run out over {@code ttlSeconds}. A hand repair restores the record, but resolvers
     * that cached the empty answer keep it for up to {@code negativeTtlSeconds}. While the automation is
     * not frozen, a repaired record is emptied again after an exponential wait of mean
     * {@code recurMeanSeconds} (the race is still possible).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"service", "raceAt", "ttlSeconds", "negativeTtlSeconds", "recurMeanSeconds"})
    public record EndpointDns(String service, String raceAt, Double ttlSeconds, Double negativeTtlSeconds,
                              Double recurMeanSeconds) {}

    /**
     * Hosts that can take work only while they hold a lease, renewed through {@code renewVia} (a
     * service). While renewals fail, leases run out evenly over {@code leaseSeconds}. A host without a
     * lease asks the lease manager every {@code attemptSeconds}; the manager serves
     * {@code workPerSecond} attempts per second from a queue of at most {@code queueLimit}, and an
     * attempt not answered within {@code timeoutSeconds} fails. A restart empties the queue and takes
     * {@code restartSeconds}. {@code service} reports the share of hosts leased.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"service", "renewVia", "hosts", "leaseSeconds", "attemptSeconds", "workPerSecond",
            "queueLimit", "timeoutSeconds", "restartSeconds"})
    public record Leases(String service, String renewVia, Double hosts, Double leaseSeconds, Double attemptSeconds,
                         Double workPerSecond, Double queueLimit, Double timeoutSeconds, Double restartSeconds) {}

    /**
     * Network state for instance changes, propagated by a manager with capacity 1 (one minute of work
     * per minute). Work arrives at {@code loadShare} of that capacity (× the launch throttle's admitted
     * share) and is processed only for leased hosts; the rest waits. A new instance is reachable when the
     * backlog is under {@code thresholdMinutes}, none when it is {@code rampMinutes} beyond. The launch
     * {@code service} succeeds when placed on a leased host, admitted by the launch throttle and reachable.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"service", "loadShare", "thresholdMinutes", "rampMinutes"})
    public record Propagation(String service, Double loadShare, Double thresholdMinutes, Double rampMinutes) {}

    /**
     * Load-balancer health checks. New instances registered before their network state exists fail
     * checks and flap (intensity = share leased × share unreachable). Above {@code delayAbove} the
     * checker falls behind, and automatic failover removes capacity at {@code removalPerMinute} up to
     * {@code removalShare} (or the velocity cap, if set). Otherwise, or with failover disabled, capacity
     * returns at {@code readdPerMinute}. The {@code service} loses the removed share.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"service", "delayAbove", "removalShare", "removalPerMinute", "readdPerMinute"})
    public record HealthChecks(String service, Double delayAbove, Double removalShare, Double removalPerMinute,
                               Double readdPerMinute) {}
}
