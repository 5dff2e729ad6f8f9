package firedrill.engine.sim;

import firedrill.engine.model.FleetState;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.queue.RequestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-minute series of a run for users' own analysis ({@code simulate --series FILE.csv};
 * docs/model.md, "Per-minute series"): one fleet row and one row per cluster each simulated minute,
 * ground truth. Columns are a list, so a mechanism adds its own by adding a {@link Column}; a column
 * that does not apply to a row is left empty.
 */
public final class Series {
    /** One column: its name and its value on a fleet row and on a cluster row (NaN = empty). */
    public interface Column {
        String name();

        double fleet(Simulation sim);

        double cluster(Simulation sim, int c);
    }

    private final List<Column> columns;

    private Series(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The columns for a scenario: service availability, then the API server's and the cluster's state. */
    public static Series of(ModelSpec spec) {
        List<Column> cols = new ArrayList<>();
        for (int k = 0; k < spec.layout().services(); k++) {
            int service = k;
            cols.add(column("availability_" + spec.scenario().fleet().services().get(k).id(),
                    sim -> sim.model().availability(service), (sim, c) -> Double.NaN));
        }
        cols.add(column("api_health", sim -> mean(sim, (s, c) -> s.health[c]), (sim, c) -> sim.model().state().health[c]));
        cols.add(column("api_answered_share", sim -> mean(sim, (s, c) -> s.answered[c]),
                (sim, c) -> sim.model().state().answered[c]));
        cols.add(column("operators_answered_share", sim -> mean(sim, (s, c) -> s.operatorAnswered[c]),
                (sim, c) -> sim.model().state().operatorAnswered[c]));
        cols.add(column("api_seat_capacity", sim -> sum(sim, (s, c) -> s.capacity[c]), (sim, c) -> sim.model().state().capacity[c]));
        cols.add(column("api_demand_seats", sim -> sum(sim, (s, c) -> s.demand[c]), (sim, c) -> sim.model().state().demand[c]));
        cols.add(column("api_seats_in_use", sim -> sum(sim, (s, c) -> api(s, c) == null ? Double.NaN : api(s, c).seatsInUse()),
                (sim, c) -> api(sim, c) == null ? Double.NaN : down(sim, c) ? 0 : api(sim, c).seatsInUse()));
        cols.add(column("api_queued", sim -> sum(sim, (s, c) -> api(s, c) == null ? Double.NaN : api(s, c).queued()),
                (sim, c) -> api(sim, c) == null ? Double.NaN : api(sim, c).queued()));
        cols.add(column("api_rejected_share", sim -> Double.NaN,
                (sim, c) -> api(sim, c) == null ? Double.NaN : api(sim, c).observe().rejectedShare()));
        cols.add(column("api_p50_seconds", sim -> Double.NaN, (sim, c) -> latency(sim, c, 0.5)));
        cols.add(column("api_p99_seconds", sim -> max(sim, c -> latency(sim, c, 0.99)), (sim, c) -> latency(sim, c, 0.99)));
        cols.add(column("api_slowdown", sim -> Double.NaN, (sim, c) -> api(sim, c) == null ? Double.NaN : api(sim, c).slowdown()));
        cols.add(column("nodes", sim -> sum(sim, (s, c) -> s.nodes[c]), (sim, c) -> sim.model().state().nodes[c]));
        cols.add(column("admitted", sim -> Double.NaN, (sim, c) -> sim.model().state().admitted[c]));
        cols.add(column("agent", sim -> Double.NaN, (sim, c) -> sim.model().state().agent[c]));
        cols.add(column("dns_ok", sim -> mean(sim, (s, c) -> s.dnsOk[c]), (sim, c) -> sim.model().state().dnsOk[c]));
        cols.add(column("served", sim -> Double.NaN, (sim, c) -> sim.model().state().served[c]));
        return new Series(cols);
    }

    /** Adds a column after the built-in ones (a mechanism's own series). */
    public Series with(Column column) {
        List<Column> cols = new ArrayList<>(columns);
        cols.add(column);
        return new Series(cols);
    }

    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.name());
        }
        return out;
    }

    /**
     * Runs {@code sim} to {@code endTick}, writing the header and, at every whole minute from the
     * current tick on (the start included), the fleet row and one row per cluster.
     */
    public void run(Simulation sim, int endTick, Appendable out) {
        try {
            out.append("time,tick,scope,cluster");
            for (Column c : columns) {
                out.append(',').append(c.name());
            }
            out.append('\n');
            int end = Math.min(endTick, sim.spec().horizonTick());
            while (true) {
                if (sim.tick() % 60 == 0) {
                    writeMinute(sim, out);
                }
                if (sim.tick() >= end) {
                    break;
                }
                sim.step();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeMinute(Simulation sim, Appendable out) throws IOException {
        ModelSpec spec = sim.spec();
        String time = spec.clockOf(sim.tick());
        out.append(time).append(',').append(Integer.toString(sim.tick())).append(",fleet,");
        for (Column c : columns) {
            out.append(',').append(format(c.fleet(sim)));
        }
        out.append('\n');
        List<String> ids = spec.layout().ids();
        for (int c = 0; c < ids.size(); c++) {
            out.append(time).append(',').append(Integer.toString(sim.tick())).append(",cluster,").append(ids.get(c));
            for (Column col : columns) {
                out.append(',').append(format(col.cluster(sim, c)));
            }
            out.append('\n');
        }
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private interface ClusterValue {
        double of(FleetState s, int c);
    }

    private interface FleetValue {
        double of(Simulation sim);
    }

    private interface PerCluster {
        double of(Simulation sim, int c);
    }

    private static Column column(String name, FleetValue fleet, PerCluster cluster) {
        return new Column() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double fleet(Simulation sim) {
                return fleet.of(sim);
            }

            @Override
            public double cluster(Simulation sim, int c) {
                return cluster.of(sim, c);
            }
        };
    }

    private static RequestServer api(FleetState s, int c) {
        return s.api[c];
    }

    private static RequestServer api(Simulation sim, int c) {
        return sim.model().state().api[c];
    }

    private static boolean down(Simulation sim, int c) {
        return sim.model().state().apiDown(c, sim.tick());
    }

    /** p-quantile latency computed from the queues; the timeout while the API servers are down. */
    private static double latency(Simulation sim, int c, double q) {
        RequestServer api = api(sim, c);
        if (api == null) {
            return Double.NaN;
        }
        return down(sim, c) ? api.spec().timeoutSeconds() : api.latencySeconds(q);
    }

    private static double sum(Simulation sim, ClusterValue v) {
        FleetState s = sim.model().state();
        double t = 0;
        for (int c = 0; c < s.n; c++) {
            t += v.of(s, c);
        }
        return t;
    }

    private static double mean(Simulation sim, ClusterValue v) {
        FleetState s = sim.model().state();
        return s.n == 0 ? Double.NaN : sum(sim, v) / s.n;
    }

    private static double max(Simulation sim, java.util.function.IntToDoubleFunction v) {
        int n = sim.model().state().n;
        double m = Double.NaN;
        for (int c = 0; c < n; c++) {
            double x = v.applyAsDouble(c);
            m = Double.isNaN(m) || x > m ? x : m;
        }
        return m;
    }
}
