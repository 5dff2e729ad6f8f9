package firedrill.app.fx;

import javafx.scene.paint.Color;

/**
 * How sick a cluster looks from what responders can see (observed metrics, never ground truth):
 * 0 = healthy, 1 = down, NaN = no data. The worst of API errors, API latency, DNS failures and the
 * workloads' own 5xx (a serving binary that crash-loops while its API is fine) counts.
 * Colours are interpolated between the theme's ok → warn → bad → dead stops into a fixed palette, so
 * painting a frame allocates no colours.
 */
public final class HealthScale {
    /** API error ratio that counts as fully failed. */
    public static final double ERRORS_DOWN = 0.5;
    /** p99 latency (s) below which the API looks healthy, and above which it looks failed. */
    public static final double LATENCY_OK = 1.0;
    public static final double LATENCY_DOWN = 10.0;
    /** DNS failure ratio that counts as fully failed. */
    public static final double DNS_DOWN = 0.25;
    public static final int STEPS = 64;

    private final Color[] palette = new Color[STEPS];
    private Color noData = Color.GRAY;

    public HealthScale() {
        rebuild(Color.web("#2ea043"), Color.web("#d29922"), Color.web("#f85149"), Color.web("#8e1519"), Color.GRAY);
    }

    /** Severity of cluster {@code c} in an observed snapshot (every per-cluster metric that colours a tile). */
    public static double severity(firedrill.engine.sim.Snapshot.Clusters cl, int c) {
        double s = severity(cl.apiErrorRatio()[c], cl.apiLatencySeconds()[c], cl.dnsFailureRatio()[c]);
        double w = cl.workloadErrorRatio()[c];
        if (Double.isNaN(w) || w <= 0) {
            return s;
        }
        double e = clamp(w / ERRORS_DOWN);
        return Double.isNaN(s) ? e : Math.max(s, e);
    }

    /** Severity in [0,1] from observed metrics, or NaN when every metric is missing. */
    public static double severity(double apiErrorRatio, double apiLatencySeconds, double dnsFailureRatio) {
        double s = Double.NaN;
        if (!Double.isNaN(apiErrorRatio)) {
            s = clamp(apiErrorRatio / ERRORS_DOWN);
        }
        if (!Double.isNaN(apiLatencySeconds)) {
            double l = clamp((apiLatencySeconds - LATENCY_OK) / (LATENCY_DOWN - LATENCY_OK));
            s = Double.isNaN(s) ? l : Math.max(s, l);
        }
        if (!Double.isNaN(dnsFailureRatio)) {
            double d = clamp(dnsFailureRatio / DNS_DOWN);
            s = Double.isNaN(s) ? d : Math.max(s, d);
        }
        return s;
    }

    /** A word for a severity, for tooltips and accessibility. */
    public static String label(double severity) {
        if (Double.isNaN(severity)) {
            return "no data";
        }
        if (severity < 0.05) {
            return "healthy";
        }
        if (severity < 0.4) {
            return "degraded";
        }
        if (severity < 0.95) {
            return "failing";
        }
        return "down";
    }

    public void rebuild(Color ok, Color warn, Color bad, Color dead, Color noDataColor) {
        for (int i = 0; i < STEPS; i++) {
            double s = i / (double) (STEPS - 1);
            palette[i] = s < 0.35 ? ok.interpolate(warn, s / 0.35)
                    : s < 0.75 ? warn.interpolate(bad, (s - 0.35) / 0.4)
                    : bad.interpolate(dead, (s - 0.75) / 0.25);
        }
        this.noData = noDataColor;
    }

    /** The palette colour of a severity (the no-data colour for NaN). */
    public Color color(double severity) {
        if (Double.isNaN(severity)) {
            return noData;
        }
        return palette[(int) Math.round(clamp(severity) * (STEPS - 1))];
    }

    public Color noDataColor() {
        return noData;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
