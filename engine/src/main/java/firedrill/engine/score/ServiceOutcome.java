package firedrill.engine.score;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Milestones of one service in one run, as ticks (-1 = never reached). Definitions (issue 4):
 * impactStart — first minute availability &lt; 0.99; peak — minute of lowest availability;
 * recoveryStart — first minute after the peak from which it stays ≥ 0.5; fullRecovery — first minute
 * after impact from which it stays ≥ 0.99; impactMinutes — Σ (1 − availability) over minutes.
 */
@JsonPropertyOrder({"impactStart", "peak", "recoveryStart", "fullRecovery", "impactMinutes", "lowest"})
public record ServiceOutcome(int impactStart, int peak, int recoveryStart, int fullRecovery, double impactMinutes,
                             double lowest) {
    public static final double IMPACT = 0.99;
    public static final double SIGNIFICANT = 0.5;

    /** Computes the milestones from a per-minute availability series (minute i at tick i·60). */
    public static ServiceOutcome of(double[] availability) {
        int n = availability.length;
        int impact = -1;
        int peak = -1;
        double lowest = 1;
        double minutes = 0;
        for (int i = 0; i < n; i++) {
            double a = availability[i];
            if (impact < 0 && a < IMPACT) {
                impact = i;
            }
            if (a < lowest) {
                lowest = a;
                peak = i;
            }
            if (i > 0) {
                minutes += 1 - a;
            }
        }
        if (impact < 0) {
            return new ServiceOutcome(-1, -1, -1, -1, round(minutes), lowest);
        }
        int recovery = stayingFrom(availability, Math.max(peak, impact), SIGNIFICANT);
        int full = stayingFrom(availability, impact, IMPACT);
        return new ServiceOutcome(impact * 60, peak * 60, recovery < 0 ? -1 : recovery * 60,
                full < 0 ? -1 : full * 60, round(minutes), lowest);
    }

    /** First index ≥ from after which every value is ≥ level, or -1 when the series ends below it. */
    private static int stayingFrom(double[] a, int from, double level) {
        int start = -1;
        for (int i = from; i < a.length; i++) {
            if (a[i] >= level) {
                if (start < 0) {
                    start = i;
                }
            } else {
                start = -1;
            }
        }
        return start;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
