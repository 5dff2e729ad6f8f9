package firedrill.engine.model;

/**
 * Network access of nodes and pods to the admin API (block-admin-api / unblock-admin-api). Clients
 * re-admitted after a block arrive with broken watches and re-list, so opening too fast re-creates
 * the herd. Stands for: "block network access to the Kubernetes admin API … restore gradually" (S1).
 */
final class Admission {
    void step(FleetState s, int c) {
        double rate = s.admitRate[c];
        if (rate <= 0) {
            return;
        }
        double before = s.admitted[c];
        double after = Math.min(1, before + rate);
        // New clients re-list (relist share 1); mix them with the already admitted ones.
        s.relist[c] = after <= 0 ? s.relist[c] : (s.relist[c] * before + (after - before)) / after;
        s.admitted[c] = after;
        if (after >= 1) {
            s.admitRate[c] = 0;
        }
    }

    static void block(FleetState s, int c) {
        s.admitted[c] = 0;
        s.admitRate[c] = 0;
    }

    static void unblock(FleetState s, int c, double sharePerMinute) {
        if (s.admitted[c] < 1) {
            s.admitRate[c] = sharePerMinute / 60.0;
        }
    }
}
