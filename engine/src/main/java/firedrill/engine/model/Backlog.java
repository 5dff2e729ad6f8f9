package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;

/**
 * Work that queues while a service cannot process it (intake of metrics, logs, traces). It grows by
 * the unserved share each second; once serving, it drains at the service's rate × (1 + scale-out).
 * Until drained below the threshold the service counts as degraded (data is late). Stands for:
 * "scaling out to clear the backlog … live data prioritised over historical backfill" (Datadog P4).
 */
final class Backlog {
    private final double thresholdSeconds;
    private final double degraded;
    final double maxScaleOut;
    /** Per service: seconds of backlog drained per second of full service, 0 when it does not queue. */
    private final double[] drain;
    private final boolean[] queues;

    Backlog(Mechanisms.Backlog p, FleetLayout layout) {
        thresholdSeconds = p == null ? 0 : p.thresholdMinutes() * 60;
        degraded = p == null ? 1 : p.degradedAvailability();
        maxScaleOut = p == null ? 0 : p.maxScaleOut();
        drain = new double[layout.services()];
        queues = new boolean[layout.services()];
        if (p != null) {
            for (int k = 0; k < drain.length; k++) {
                Double d = p.drainPerMinute().get(layout.serviceId(k));
                queues[k] = d != null;
                drain[k] = d == null ? 0 : d;
            }
        }
    }

    /** Turns serving availability into reported availability, updating each service's backlog (seconds). */
    void step(double[] serving, double[] backlog, double scaleOut, double[] availability) {
        for (int k = 0; k < serving.length; k++) {
            double a = serving[k];
            if (!queues[k]) {
                availability[k] = a;
                continue;
            }
            double b = backlog[k] + (1 - a) - a * drain[k] * (1 + scaleOut);
            backlog[k] = Math.max(0, b);
            availability[k] = backlog[k] > thresholdSeconds ? a * degraded : a;
        }
    }
}
