package firedrill.engine.model;

import firedrill.engine.scenario.PlatformMechanisms;

/**
 * Lease-based capacity (docs/model.md, "Lease-based capacity"). A host takes work only while it holds
 * a lease; leases are renewed through an upstream service and, while renewals fail, run out evenly
 * over the lease time. Expired hosts need a re-lease through the manager's work queue
 * ({@link RetryQueue}): when the queue's wait passes the attempt timeout, every attempt times out and
 * is re-queued — congestive collapse that outlives its cause. An intake throttle admits expired hosts
 * to the queue at a set rate; a restart empties the queue (its hosts wait to be admitted again) and
 * stops work for a while. Only both together end the collapse: a restart without a throttle lets the
 * whole backlog in again at once; a throttle without a restart leaves the overfull queue as it is.
 * Stands for: AWS P1, 20 Oct 2025 (EC2's DropletWorkflow Manager, "congestive collapse").
 */
final class LeaseManager {
    final int service;
    final int renewVia;
    private final double hosts;
    private final double expiryPerSecond;
    private final int restartSeconds;
    final RetryQueue queue;
    double leased;
    /** Expired hosts not yet admitted to the queue. */
    double waiting;
    /** Hosts admitted to the queue per second (infinite = no throttle). */
    double intakePerSecond = Double.POSITIVE_INFINITY;
    int downUntil = -1;

    LeaseManager(PlatformMechanisms.Leases p, FleetLayout layout) {
        service = p.service() == null ? -1 : layout.serviceIndex(p.service());
        renewVia = p.renewVia() == null ? -1 : layout.serviceIndex(p.renewVia());
        hosts = p.hosts();
        leased = hosts;
        expiryPerSecond = hosts / Math.max(1, p.leaseSeconds());
        restartSeconds = (int) Math.round(p.restartSeconds());
        queue = new RetryQueue(p.workPerSecond(), p.timeoutSeconds());
    }

    private LeaseManager(LeaseManager o) {
        service = o.service;
        renewVia = o.renewVia;
        hosts = o.hosts;
        expiryPerSecond = o.expiryPerSecond;
        restartSeconds = o.restartSeconds;
        queue = o.queue.copy();
        leased = o.leased;
        waiting = o.waiting;
        intakePerSecond = o.intakePerSecond;
        downUntil = o.downUntil;
    }

    LeaseManager copy() {
        return new LeaseManager(this);
    }

    /** One second; {@code upstream} is the availability of the service renewals go through. */
    void step(int tick, double upstream) {
        boolean up = tick >= downUntil;
        // Renewals are light state checks; they succeed as far as the upstream answers and the manager is
        // neither restarting nor collapsed (its workers are busy timing out).
        double renewOk = up && !queue.collapsed() ? upstream : 0;
        double expired = Math.min(leased, expiryPerSecond * (1 - renewOk));
        leased -= expired;
        waiting += expired;
        double admit = Math.min(waiting, intakePerSecond);
        waiting -= admit;
        queue.add(admit);
        leased += queue.serve(up ? 1 : 0, upstream);
        if (leased > hosts) {
            leased = hosts;
        }
    }

    double leasedShare() {
        return leased / hosts;
    }

    /** restart: queued attempts are dropped (their hosts wait to be admitted again); no work for a while. */
    void restart(int tick) {
        waiting += queue.clear();
        downUntil = tick + restartSeconds;
    }

    void throttle(double hostsPerMinute) {
        intakePerSecond = hostsPerMinute <= 0 || Double.isNaN(hostsPerMinute) ? Double.POSITIVE_INFINITY
                : hostsPerMinute / 60.0;
    }
}
