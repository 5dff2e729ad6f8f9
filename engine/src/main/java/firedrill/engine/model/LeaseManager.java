package firedrill.engine.model;

import firedrill.engine.queue.ClientClass;
import firedrill.engine.queue.Cost;
import firedrill.engine.queue.PriorityLevel;
import firedrill.engine.queue.RequestServer;
import firedrill.engine.queue.RetryPolicy;
import firedrill.engine.queue.ServerSpec;
import firedrill.engine.scenario.PlatformMechanisms;
import java.util.List;

/**
 * Lease-based capacity (docs/model.md, "Lease-based capacity"). A host takes work only while it holds
 * a lease; leases are renewed through an upstream service and, while renewals fail, run out evenly
 * over the lease time. A host without a lease asks the lease manager again every
 * {@code attemptSeconds}. The manager is a {@link RequestServer} (the general queue mechanism): one
 * second of work per attempt on {@code workPerSecond} seats, a queue of at most {@code queueLimit}
 * attempts, and attempts that are not answered within {@code timeoutSeconds} fail — the manager
 * finishes them anyway, for nobody. With every host asking at once the queue fills, the wait passes the
 * timeout and almost nothing completes: congestive collapse, which outlives its cause. While collapsed,
 * renewals time out too. An intake throttle caps attempts per second; a restart drops the queue and
 * stops work for {@code restartSeconds}. A restart alone lets everyone back in at once; a throttle alone
 * helps only once the old queue has drained; both together end the collapse at once. Stands for: AWS
 * P1, 20 Oct 2025 (EC2's DropletWorkflow Manager, "congestive collapse").
 */
final class LeaseManager {
    final int service;
    final int renewVia;
    private final double hosts;
    private final double expiryPerSecond;
    private final double attemptSeconds;
    private final double seats;
    private final double patience;
    private final int restartSeconds;
    private final RequestServer server;
    private final double[] arrivals = new double[1];
    double leased;
    /** Hosts without a lease (each retrying every attemptSeconds). */
    double waiting;
    /** Attempts admitted per second (infinite = no throttle). */
    double intakePerSecond = Double.POSITIVE_INFINITY;
    int downUntil = -1;

    LeaseManager(PlatformMechanisms.Leases p, FleetLayout layout) {
        service = p.service() == null ? -1 : layout.serviceIndex(p.service());
        renewVia = p.renewVia() == null ? -1 : layout.serviceIndex(p.renewVia());
        hosts = p.hosts();
        leased = hosts;
        expiryPerSecond = hosts / Math.max(1, p.leaseSeconds());
        attemptSeconds = Math.max(1, p.attemptSeconds());
        seats = p.workPerSecond();
        patience = Math.max(1.5, p.timeoutSeconds());
        restartSeconds = (int) Math.round(p.restartSeconds());
        // The manager keeps working on a queued attempt after its host gave up: the server's own
        // timeout covers the whole queue, so the queue limit is what bounds it.
        double serverTimeout = Math.max(patience, p.queueLimit() / Math.max(1e-9, seats)) + 1;
        server = new RequestServer(new ServerSpec(seats, serverTimeout,
                List.of(PriorityLevel.queued("lease", 1, 0, p.queueLimit())),
                List.of(new ClientClass("re-lease", "lease", Cost.fixed(1), null, patience, RetryPolicy.none()))));
    }

    private LeaseManager(LeaseManager o) {
        service = o.service;
        renewVia = o.renewVia;
        hosts = o.hosts;
        expiryPerSecond = o.expiryPerSecond;
        attemptSeconds = o.attemptSeconds;
        seats = o.seats;
        patience = o.patience;
        restartSeconds = o.restartSeconds;
        server = o.server.copy();
        leased = o.leased;
        waiting = o.waiting;
        intakePerSecond = o.intakePerSecond;
        downUntil = o.downUntil;
    }

    LeaseManager copy() {
        return new LeaseManager(this);
    }

    /** One second; {@code upstream} is the availability of the service leases go through. */
    void step(int tick, double upstream) {
        if (tick == downUntil) {
            server.setSeats(seats);
        }
        // Renewals are light state checks: they succeed as far as the upstream answers, unless the
        // manager is restarting or collapsed (its workers are busy with attempts nobody waits for).
        double renewOk = tick >= downUntil && !collapsed() ? upstream : 0;
        double expired = Math.min(leased, expiryPerSecond * (1 - renewOk));
        leased -= expired;
        waiting += expired;
        double attempts = Math.min(waiting / attemptSeconds, intakePerSecond);
        arrivals[0] = attempts;
        server.advance(1, arrivals, 0);
        double granted = Math.min(waiting, attempts * server.answered(0) * upstream);
        waiting -= granted;
        leased = Math.min(hosts, leased + granted);
    }

    /** The wait for an attempt exceeds its timeout: hardly any attempt completes in time. */
    boolean collapsed() {
        return server.waitSeconds(0) > patience;
    }

    double leasedShare() {
        return leased / hosts;
    }

    double queued() {
        return server.queued();
    }

    /** restart: queued attempts are dropped (their hosts ask again) and nothing is served for a while. */
    void restart(int tick) {
        server.dropQueues();
        server.setSeats(0);
        downUntil = tick + Math.max(1, restartSeconds);
    }

    void throttle(double attemptsPerMinute) {
        intakePerSecond = attemptsPerMinute <= 0 || Double.isNaN(attemptsPerMinute) ? Double.POSITIVE_INFINITY
                : attemptsPerMinute / 60.0;
    }
}
