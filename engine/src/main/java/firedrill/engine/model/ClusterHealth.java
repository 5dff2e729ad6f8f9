package firedrill.engine.model;

/**
 * Ground-truth bookkeeping for milestones. A control plane has failed once its API answers less than
 * {@code failedHealth} for a minute. A failed cluster is recovered when its API answers again for
 * everyone (access restored) and its DNS serves again; it stays recovered unless it fails again.
 */
final class ClusterHealth {
    static final int FAIL_AFTER_SECONDS = 60;
    static final double RECOVERED_HEALTH = 0.9;
    static final double RECOVERED_DNS = 0.99;
    private final double failedHealth;

    ClusterHealth(double failedHealth) {
        this.failedHealth = failedHealth;
    }

    void step(FleetState s, int c, int tick) {
        {
            double h = s.health[c];
            boolean failing = h < failedHealth && s.admitted[c] > 0;
            if (failing) {
                if (s.failingSince[c] < 0) {
                    s.failingSince[c] = tick;
                }
                if (tick - s.failingSince[c] >= FAIL_AFTER_SECONDS) {
                    if (s.failedAt[c] < 0) {
                        s.failedAt[c] = s.failingSince[c];
                    }
                    s.recoveredAt[c] = -1;
                }
            } else {
                s.failingSince[c] = -1;
            }
            if (s.failedAt[c] >= 0 && s.recoveredAt[c] < 0 && h >= RECOVERED_HEALTH
                    && s.admitted[c] >= 1 && s.dnsOk[c] >= RECOVERED_DNS && s.podNet[c] >= RECOVERED_DNS) {
                s.recoveredAt[c] = tick;
                if (s.firstRecoveredAt[c] < 0) {
                    s.firstRecoveredAt[c] = tick;
                }
            }
        }
    }
}
