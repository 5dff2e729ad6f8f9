package firedrill.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per simulated minute: ground truth for scoring and the debrief, and the observed fleet
 * aggregates responders' charts show. Rows are immutable once written, so copies share them.
 */
public final class History {
    /** A minute of the run. Arrays are owned by the row; do not mutate. */
    public record Minute(
            int tick,
            double[] availability,
            double[] observedAvailability,
            double observedApiErrors,
            double observedDnsFailures,
            double observedSaturation,
            float[] clusterHealth,
            float[] clusterDns,
            float[] clusterServed) {}

    private final List<Minute> minutes;

    History() {
        minutes = new ArrayList<>();
    }

    private History(History o) {
        minutes = new ArrayList<>(o.minutes);
    }

    History copy() {
        return new History(this);
    }

    void add(Minute m) {
        minutes.add(m);
    }

    public int size() {
        return minutes.size();
    }

    public Minute minute(int i) {
        return minutes.get(i);
    }

    /** An immutable view of the rows so far. */
    public List<Minute> rows() {
        return List.copyOf(minutes);
    }

    /** True availability of a service per minute. */
    public double[] availability(int service) {
        double[] out = new double[minutes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = minutes.get(i).availability()[service];
        }
        return out;
    }
}
