package firedrill.engine.model;

import firedrill.engine.scenario.PlatformMechanisms;

/**
 * Network-state propagation backlog (docs/model.md, "Instances up but unreachable"). A manager pushes
 * network state for instance changes with capacity 1 (one minute of work per minute). Work arrives at
 * {@code loadShare} × the share of launches admitted; it is processed only for hosts with a lease, so
 * while leases are missing it piles up. A new instance is reachable when the backlog (minutes) is under
 * the threshold and not at all {@code rampMinutes} beyond it. The launch service succeeds on a leased
 * host, within the launch throttle, and reachable. Stands for: AWS P1, 20 Oct 2025 (Network Manager).
 */
final class Propagation {
    final int service;
    private final double loadShare;
    private final double thresholdSeconds;
    private final double rampSeconds;
    /** Backlog in seconds of work. */
    double backlogSeconds;
    /** Share of launch requests admitted by the launch throttle (1 = no throttle). */
    double launchAdmit = 1;

    Propagation(PlatformMechanisms.Propagation p, FleetLayout layout) {
        service = p.service() == null ? -1 : layout.serviceIndex(p.service());
        loadShare = p.loadShare();
        thresholdSeconds = p.thresholdMinutes() * 60;
        rampSeconds = Math.max(1, p.rampMinutes() * 60);
    }

    private Propagation(Propagation o) {
        service = o.service;
        loadShare = o.loadShare;
        thresholdSeconds = o.thresholdSeconds;
        rampSeconds = o.rampSeconds;
        backlogSeconds = o.backlogSeconds;
        launchAdmit = o.launchAdmit;
    }

    Propagation copy() {
        return new Propagation(this);
    }

    void step(double leasedShare) {
        backlogSeconds = Math.max(0, backlogSeconds + loadShare * launchAdmit - leasedShare);
    }

    /** Share of new instances whose network state arrives in time. */
    double reachable() {
        return EndpointDns.clamp01(1 - (backlogSeconds - thresholdSeconds) / rampSeconds);
    }

    /** Share of launch requests that end in a reachable instance. */
    double launches(double leasedShare) {
        return leasedShare * launchAdmit * reachable();
    }
}
