package firedrill.app.drill;

import firedrill.app.fx.HealthScale;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the facilitator sees and the team does not: per cluster the true state (API answered, DNS,
 * telemetry agent, admitted to the admin API, traffic served) beside how sick the team's dashboards
 * make it look, and where the two disagree — a cluster that is failing while the dashboards still look
 * healthy or have no data (scrape lag, missing samples), or one that has recovered while they still
 * look red. Reads {@link Snapshot#truth()}: for the facilitator console only. No toolkit needed.
 */
public final class GroundTruth {
    /** True severity at which a cluster counts as in trouble, and observed severity at which it looks so. */
    static final double TROUBLE = 0.4;
    static final double HEALTHY = 0.05;

    /** One cluster. {@code missing} says what the team is missing ("" when the dashboards agree). */
    public record Row(int index, String id, String region, int nodes, double health, double dns, double agent,
                      double admitted, double served, boolean apiDown, double trueSeverity, double seenSeverity,
                      String missing) {
        public boolean inTrouble() {
            return trueSeverity >= TROUBLE;
        }

        public boolean misread() {
            return !missing.isEmpty();
        }

        /** {@link #missing} in a few words, for a table cell. */
        public String missingShort() {
            if (missing.isEmpty()) {
                return "";
            }
            int semi = missing.indexOf("; ");
            String tail = semi < 0 ? missing : missing.substring(semi + 2);
            return tail.replace(" to the team", "").replace("the team has ", "");
        }

        /** One line with every true value (the console's truth cells carry it as their tooltip). */
        public String summary() {
            return String.format(Locale.ROOT, "%s: API %s answered · DNS %s · agent %s · admitted %s · served %s",
                    id, pct(health), pct(dns), pct(agent), pct(admitted), pct(served));
        }
    }

    /** Fleet-wide counts and per-service true vs observed availability. */
    public record Summary(int clusters, int apiFailing, int dnsFailing, int agentOn, int blocked, int misread,
                          List<String> services, double[] trueAvailability, double[] seenAvailability) {}

    private GroundTruth() {}

    /** Every cluster, worst true state first; {@code observationStart}: samples before it are "no data yet". */
    public static List<Row> rows(Snapshot s, int observationStart) {
        Snapshot.Truth t = s.truth();
        Snapshot.Clusters c = s.clusters();
        int n = c.ids().size();
        boolean early = s.tick() < observationStart;
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double health = t.health()[i];
            double dns = t.dnsOk()[i];
            double served = t.served()[i];
            double trueSev = clamp(Math.max(1 - health, Math.max(1 - dns, 1 - served)));
            double seen = early ? Double.NaN
                    : HealthScale.severity(c, i);
            out.add(new Row(i, c.ids().get(i), c.regions().get(i), (int) Math.round(t.nodes()[i]), health, dns,
                    t.agent()[i], t.admitted()[i], served, t.apiDown()[i], trueSev, seen, missing(trueSev, seen)));
        }
        out.sort(Comparator.comparingDouble(Row::trueSeverity).reversed()
                .thenComparing(Comparator.comparingInt(Row::nodes).reversed())
                .thenComparingInt(Row::index));
        return out;
    }

    static String missing(double trueSev, double seen) {
        if (trueSev >= TROUBLE) {
            if (Double.isNaN(seen)) {
                return "failing; the team has no data";
            }
            if (seen < HEALTHY) {
                return "failing; looks healthy to the team";
            }
            if (seen < TROUBLE) {
                return "failing; looks only degraded to the team";
            }
            return "";
        }
        if (trueSev < HEALTHY && !Double.isNaN(seen) && seen >= TROUBLE) {
            return "recovered; still looks red to the team";
        }
        return "";
    }

    public static Summary summary(Snapshot s, List<Row> rows) {
        int api = 0;
        int dns = 0;
        int agent = 0;
        int blocked = 0;
        int misread = 0;
        for (Row r : rows) {
            if (r.health() < 1 - TROUBLE) {
                api++;
            }
            if (r.dns() < 1 - TROUBLE) {
                dns++;
            }
            if (r.agent() > 0.01) {
                agent++;
            }
            if (r.admitted() < 0.99) {
                blocked++;
            }
            if (r.misread()) {
                misread++;
            }
        }
        return new Summary(rows.size(), api, dns, agent, blocked, misread, s.serviceNames(),
                s.truth().availability().clone(), s.observedAvailability().clone());
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
