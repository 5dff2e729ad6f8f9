package firedrill.engine.model;

import firedrill.engine.scenario.PlatformMechanisms;

/**
 * Load-balancer health checks with automatic failover (docs/model.md, "Health-check feedback"). New
 * instances registered before their network state exists fail checks and flap; the flapping loads the
 * checker, and once it falls behind, automatic failover removes capacity — healthy capacity — at a set
 * velocity. Disabling failover, or capping how much it may remove, stops that; removed capacity is
 * re-added at its own pace. Stands for: AWS P1, 20 Oct 2025 (NLB health checks, AZ DNS failover).
 */
final class HealthChecks {
    final int service;
    private final double delayAbove;
    private final double removalShare;
    private final double removalPerSecond;
    private final double readdPerSecond;
    boolean failover = true;
    /** Most capacity failover may remove (velocity control); 1 = no cap. */
    double cap = 1;
    double removed;

    HealthChecks(PlatformMechanisms.HealthChecks p, FleetLayout layout) {
        service = layout.serviceIndex(p.service());
        delayAbove = p.delayAbove();
        removalShare = p.removalShare();
        removalPerSecond = p.removalPerMinute() / 60.0;
        readdPerSecond = p.readdPerMinute() / 60.0;
    }

    private HealthChecks(HealthChecks o) {
        service = o.service;
        delayAbove = o.delayAbove;
        removalShare = o.removalShare;
        removalPerSecond = o.removalPerSecond;
        readdPerSecond = o.readdPerSecond;
        failover = o.failover;
        cap = o.cap;
        removed = o.removed;
    }

    HealthChecks copy() {
        return new HealthChecks(this);
    }

    /** {@code flapping}: share of targets flapping (new and unreachable). */
    void step(double flapping) {
        double limit = Math.min(removalShare, cap);
        if (failover && flapping > delayAbove && removed < limit) {
            removed = Math.min(limit, removed + removalPerSecond);
        } else if (!failover || flapping <= delayAbove || removed > limit) {
            removed = Math.max(failover && flapping > delayAbove ? limit : 0, removed - readdPerSecond);
        }
    }

    double available() {
        return 1 - removed;
    }
}
