package firedrill.engine.model;

import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.rng.ClusterStreams;

/**
 * CoreDNS fed by the API (docs/model.md, "Why impact lags the cause"). CoreDNS stays in sync while the API answers
 * (health ≥ 0.5) and its pods may reach it; once out of sync its informers must re-list, so it is in
 * sync again only after the API has answered it for a minute without a break (a blip of answers
 * right after an API server restart re-syncs nothing). Out of sync, cached records keep resolving for a grace
 * period, then expire evenly over {@code spreadSeconds}. Pods that regain access resync within
 * {@code resyncSeconds}. Stands for: "stale records expired over roughly the following twenty minutes,
 * after which services began failing" (S1).
 */
final class Dns {
    private static final double SYNC_HEALTH = 0.5;
    /** Seconds of answers CoreDNS needs to re-list and be current again (as a minute below fails a cluster). */
    static final int SYNC_AFTER_SECONDS = 60;
    private final double graceSeconds;
    private final double graceJitterSeconds;
    private final double spreadSeconds;
    private final double resyncPerSecond;

    Dns(Mechanisms.Dns p) {
        graceSeconds = p.graceSeconds();
        graceJitterSeconds = p.graceJitterSeconds();
        spreadSeconds = Math.max(1, p.spreadSeconds());
        resyncPerSecond = 1.0 / Math.max(1, p.resyncSeconds());
    }

    /** Each cluster's grace is drawn once per run: TTLs and cache ages differ between clusters. */
    void init(FleetState s, ClusterStreams rng) {
        for (int c = 0; c < s.n; c++) {
            s.dnsGrace[c] = Math.max(0, graceSeconds + rng.uniform(c, -graceJitterSeconds, graceJitterSeconds));
        }
    }

    void step(FleetState s, int c, int tick) {
        {
            boolean apiAnswers = s.answered[c] >= SYNC_HEALTH && s.admitted[c] > 0;
            if (!apiAnswers) {
                s.dnsAnsweredFor[c] = 0;
            } else if (s.dnsAnsweredFor[c] < SYNC_AFTER_SECONDS) {
                s.dnsAnsweredFor[c]++;
            }
            double reach = apiAnswers && s.dnsAnsweredFor[c] >= SYNC_AFTER_SECONDS ? s.admitted[c] : 0;
            if (reach >= 1) {
                s.dnsStaleSince[c] = -1;
            } else if (s.dnsStaleSince[c] < 0) {
                s.dnsStaleSince[c] = tick;
            }
            double cached = s.dnsStaleSince[c] < 0 ? 1
                    : clamp01(1 - (tick - s.dnsStaleSince[c] - s.dnsGrace[c]) / spreadSeconds);
            double target = Math.max(cached, reach);
            double ok = s.dnsOk[c];
            s.dnsOk[c] = target < ok ? target : Math.min(target, ok + resyncPerSecond);
        }
    }

    /** restart-coredns: the restarted pods come up with an empty cache. */
    void dropCache(FleetState s, int c, int tick) {
        s.dnsStaleSince[c] = tick - (int) Math.ceil(s.dnsGrace[c] + spreadSeconds) - 1;
        s.dnsAnsweredFor[c] = 0;
        s.dnsOk[c] = 0;
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
