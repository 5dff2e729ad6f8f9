package firedrill.engine.sim;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.alert.AlertEvent;
import java.util.List;

/**
 * An immutable picture of the simulation after a tick, published to the UI. Observed values are what
 * responders see (lagged, NaN where a sample is missing); {@code truth} is ground truth for the
 * facilitator and the debrief only — participant views must not read it.
 */
public record Snapshot(
        int tick,
        String clock,
        int horizonTick,
        List<String> serviceIds,
        List<String> serviceNames,
        double[] observedAvailability,
        Clusters clusters,
        Truth truth,
        List<AlertEvent> alerts,
        List<ActionRecord> actions,
        List<Message> messages,
        List<History.Minute> history,
        int responders,
        int busy,
        int firstAlertTick,
        boolean finished) {

    /** What a responder's dashboards show per cluster (arrays indexed by cluster; do not mutate). */
    public record Clusters(
            List<String> ids,
            List<String> regions,
            int[] nodes,
            double[] apiErrorRatio,
            double[] apiLatencySeconds,
            double[] apiSaturation,
            double[] dnsFailureRatio) {}

    /** Ground truth (facilitator console, debrief). */
    public record Truth(
            double[] availability,
            double[] health,
            double[] dnsOk,
            double[] agent,
            double[] admitted,
            double[] relist,
            double[] served,
            double[] replicas,
            double[] nodes,
            boolean[] apiDown) {}

    public int freeResponders() {
        return Math.max(0, responders - busy);
    }
}
