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
        boolean finished,
        Team team) {

    /** A snapshot without the team's view of its own actions (older callers, tests). */
    public Snapshot(int tick, String clock, int horizonTick, List<String> serviceIds, List<String> serviceNames,
                    double[] observedAvailability, Clusters clusters, Truth truth, List<AlertEvent> alerts,
                    List<ActionRecord> actions, List<Message> messages, List<History.Minute> history, int responders,
                    int busy, int firstAlertTick, boolean finished) {
        this(tick, clock, horizonTick, serviceIds, serviceNames, observedAvailability, clusters, truth, alerts,
                actions, messages, history, responders, busy, firstAlertTick, finished, null);
    }

    /**
     * What the team knows per cluster because it did it (arrays indexed by cluster; do not mutate):
     * access blocked or being restored, node groups resized, API servers added, and where its own
     * telemetry rollout reached and was not removed. Known without observation, so a participant
     * view may show it. The same array instances are reused while nothing changes.
     *
     * @param admitted share of nodes and pods allowed to reach the API (1 = not blocked)
     * @param readmitting whether access is being restored right now
     * @param nodeTarget node count the node groups are sized to
     * @param normalNodes node count before the incident
     * @param extraReplicas API server replicas above the normal count
     * @param agent whether the team's telemetry rollout reached the cluster and was not removed
     */
    public record Team(double[] admitted, boolean[] readmitting, int[] nodeTarget, int[] normalNodes,
                       int[] extraReplicas, boolean[] agent) {
        public boolean blocked(int c) {
            return admitted[c] < 1 && !readmitting[c];
        }

        public boolean shrunk(int c) {
            return nodeTarget[c] < normalNodes[c];
        }

        public boolean grown(int c) {
            return nodeTarget[c] > normalNodes[c];
        }
    }

    /** What a responder's dashboards show per cluster (arrays indexed by cluster; do not mutate). */
    public record Clusters(
            List<String> ids,
            List<String> regions,
            int[] nodes,
            double[] apiErrorRatio,
            double[] apiLatencySeconds,
            double[] apiSaturation,
            double[] dnsFailureRatio,
            double[] workloadErrorRatio) {

        /** Clusters whose serving binaries fail no requests (every scenario without such a mechanism). */
        public Clusters(List<String> ids, List<String> regions, int[] nodes, double[] apiErrorRatio,
                        double[] apiLatencySeconds, double[] apiSaturation, double[] dnsFailureRatio) {
            this(ids, regions, nodes, apiErrorRatio, apiLatencySeconds, apiSaturation, dnsFailureRatio,
                    new double[nodes.length]);
        }
    }

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
