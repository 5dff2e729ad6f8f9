package firedrill.app.practice;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.Team;
import firedrill.engine.sim.Snapshot;
import java.util.List;

/**
 * Guided mode's coach: one short hint from what the trainee can see (observed metrics, alerts, their
 * own actions — never ground truth). Rules are keyed on action kinds, so they work for any scenario
 * that offers those effects; a kind the scenario does not offer is never suggested.
 */
public final class Hints {
    private static final double API_FAILING = 0.2;
    private static final double DNS_FAILING = 0.05;

    private Hints() {}

    public static String of(Snapshot s, ModelSpec spec) {
        if (s.firstAlertTick() < 0) {
            return "Quiet so far. Watch the incident channel and the fleet; fast-forward the quiet minutes if you like.";
        }
        List<ActionRecord> actions = s.actions();
        int apiFailing = count(s.clusters().apiErrorRatio(), API_FAILING);
        int dnsFailing = count(s.clusters().dnsFailureRatio(), DNS_FAILING);
        int minutes = (s.tick() - s.firstAlertTick()) / 60;
        if (offers(spec, "pause-rollout") && !issued(actions, spec, "pause-rollout")) {
            return "API servers started failing while a rollout is in progress. Stop the trigger from spreading"
                    + " first: pause the rollout.";
        }
        if (failed(actions, spec, "rollback-telemetry") && !issued(actions, spec, "block-admin-api")
                && !issued(actions, spec, "scale-down-cluster")) {
            return "The rollback needed the very API it was meant to fix. Look for actions that do not need the"
                    + " Kubernetes API.";
        }
        if (apiFailing > 0 && offers(spec, "block-admin-api") && !issued(actions, spec, "block-admin-api")
                && !issued(actions, spec, "scale-down-cluster")) {
            return apiFailing + " control planes are overloaded and kubectl times out. Shedding load outside"
                    + " Kubernetes (block nodes and pods from the admin API, or shrink node groups) gets you back in."
                    + " Select the worst clusters in the fleet view to target them.";
        }
        if (s.freeResponders() == 0 && offers(spec, "escalate") && !issued(actions, spec, "escalate")) {
            Team t = spec.scenario().team();
            String who = t == null || t.escalationAdds() == null ? "more people" : t.escalationAdds() + " more people";
            return "Every responder is busy and new actions wait in the queue. Escalating pages " + who + ".";
        }
        if (dnsFailing > 0 && offers(spec, "shift-traffic") && !issued(actions, spec, "shift-traffic")) {
            return "DNS is failing on " + dnsFailing + " clusters as cached records expire: the data plane follows the"
                    + " control plane down. Shift traffic away from the worst clusters while you work.";
        }
        if (succeeded(actions, spec, "block-admin-api") && offers(spec, "delete-telemetry")
                && !succeeded(actions, spec, "delete-telemetry") && !running(actions, spec, "delete-telemetry")) {
            return "With nodes and pods cut off, the API answers operators again: remove the telemetry agent while"
                    + " you can.";
        }
        if (succeeded(actions, spec, "delete-telemetry") && succeeded(actions, spec, "block-admin-api")
                && offers(spec, "unblock-admin-api") && !issued(actions, spec, "unblock-admin-api")) {
            return "The agent is gone from the blocked clusters. Restore access gradually — 10% of nodes per minute"
                    + " or slower — so re-listing clients do not knock the API over again.";
        }
        if (minutes >= 20 && offers(spec, "status-update") && !issued(actions, spec, "status-update")) {
            return "Customers and executives are asking. Post a status page update.";
        }
        if (succeeded(actions, spec, "scale-down-cluster") && offers(spec, "restore-cluster-size")
                && !issued(actions, spec, "restore-cluster-size") && apiFailing == 0) {
            return "The control planes look healthy. Grow the node groups back at a pace the API can absorb.";
        }
        if (succeeded(actions, spec, "shift-traffic") && offers(spec, "restore-traffic")
                && !issued(actions, spec, "restore-traffic") && apiFailing == 0 && dnsFailing == 0) {
            return "Clusters look healthy again: route traffic back to its normal split.";
        }
        return "Watch the API error and DNS charts: recovery shows there before customers see it.";
    }

    private static int count(double[] values, double above) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v) && v > above) {
                n++;
            }
        }
        return n;
    }

    private static boolean offers(ModelSpec spec, String kind) {
        for (ActionSpec a : spec.scenario().actions()) {
            if (kind.equals(a.kind())) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(ActionRecord r, ModelSpec spec, String kind) {
        ActionSpec a = spec.action(r.action());
        return a != null && kind.equals(a.kind());
    }

    /** Issued and not rejected or failed outright. */
    private static boolean issued(List<ActionRecord> actions, ModelSpec spec, String kind) {
        for (ActionRecord r : actions) {
            if (is(r, spec, kind) && r.outcome() != Outcome.FAILED) {
                return true;
            }
        }
        return false;
    }

    private static boolean failed(List<ActionRecord> actions, ModelSpec spec, String kind) {
        for (ActionRecord r : actions) {
            if (is(r, spec, kind) && r.outcome() == Outcome.FAILED) {
                return true;
            }
        }
        return false;
    }

    private static boolean succeeded(List<ActionRecord> actions, ModelSpec spec, String kind) {
        for (ActionRecord r : actions) {
            if (is(r, spec, kind) && (r.outcome() == Outcome.SUCCEEDED || r.outcome() == Outcome.PARTIAL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean running(List<ActionRecord> actions, ModelSpec spec, String kind) {
        for (ActionRecord r : actions) {
            if (is(r, spec, kind) && !r.outcome().finished()) {
                return true;
            }
        }
        return false;
    }
}
