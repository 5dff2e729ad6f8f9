package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;

/**
 * Work that queues while a service cannot process it (intake of metrics, logs, events). It grows by
 * the unserved share each second; once serving, it drains at {@code drainPerMinute} plus scale-out.
 * Until drained below the threshold the service counts as degraded. Stands for: "scaling out to clear
 * the backlog … live data prioritised over historical backfill" (Datadog P4).
 */
final class Backlog {
    private final boolean enabled;
    private final double thresholdSeconds;
    private final double drainPerSecond;
    private final double degraded;
    final double maxScaleOut;

    Backlog(Mechanisms.Backlog p) {
        enabled = p != null;
        thresholdSeconds = p == null ? 0 : p.thresholdMinutes() * 60;
        drainPerSecond = p == null ? 0 : p.drainPerMinute(); // minutes per minute = seconds per second
        degraded = p == null ? 1 : p.degradedAvailability();
        maxScaleOut = p == null ? 0 : p.maxScaleOut();
    }

    /** Turns serving availability into reported availability, updating each service's backlog (seconds). */
    void step(double[] serving, double[] backlog, double scaleOut, double[] availability) {
        for (int k = 0; k < serving.length; k++) {
            double a = serving[k];
            if (!enabled) {
                availability[k] = a;
                continue;
            }
            double b = backlog[k] + (1 - a);
            b -= a * drainPerSecond * (1 + scaleOut);
            backlog[k] = Math.max(0, b);
            availability[k] = backlog[k] > thresholdSeconds ? a * degraded : a;
        }
    }
}
