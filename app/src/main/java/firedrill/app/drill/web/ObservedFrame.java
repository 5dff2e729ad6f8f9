package firedrill.app.drill.web;

import firedrill.app.fx.Formats;
import firedrill.app.fx.HealthScale;
import firedrill.app.practice.Hints;
import firedrill.app.practice.SimulationRunner;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.alert.AlertEvent;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.History;
import firedrill.engine.sim.Message;
import firedrill.engine.sim.Snapshot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a participant's browser is sent each frame: the participant window's content — clock, alerts
 * grouped by rule, the incident channel (with injects not applied yet), service success rates as the
 * dashboards show them, the fleet's per-cluster severity, the last hour of dashboards and the actions in
 * flight — built from the <em>observed</em> parts of a frame only. It never reads {@link Snapshot#truth()}
 * nor the history's true availability or cluster health (an ArchUnit rule and {@code NoGroundTruthTest}
 * hold it to that), and it carries no facilitator notes and no scenario title. Every field is a
 * whitelisted record component, so nothing else can slip into the JSON.
 */
public final class ObservedFrame {
    /** Minutes of dashboards sent (the participant window shows the last hour). */
    static final int DASHBOARD_MINUTES = 60;

    public record View(long seq, int tick, String clock, boolean paused, boolean ended, String speed, String elapsed,
                       int firing, String responders, String hint, String title, List<AlertGroup> alerts,
                       List<Line> channel, List<Service> services, Fleet fleet, List<Series> dashboards,
                       List<InFlight> actions, List<ProposalView> proposals) {}

    public record AlertGroup(String severity, String summary, int count, String latest, String since,
                             List<String> scopes) {}

    public record Line(String time, String channel, String kind, String text) {}

    public record Service(String id, String name, Double observed) {}

    public record Fleet(List<String> ids, List<String> regions, List<Double> severity) {}

    public record Series(String name, String unit, List<Double> values) {}

    public record InFlight(String title, String target, String by, String state, double progress, String reason) {}

    /** A proposal as the room sees it (who proposed what and what became of it). */
    public record ProposalView(String id, String by, String role, String action, String title, String target,
                               String mode, String eta, String state, String time) {}

    private final ModelSpec spec;
    private final boolean showSpeed;
    private final boolean hints;
    private final int observationStart;
    private final String zone;
    private final String title;

    public ObservedFrame(ModelSpec spec, boolean showSpeed, boolean hints) {
        this.spec = spec;
        this.showSpeed = showSpeed;
        this.hints = hints;
        var o = spec.mechanisms() == null ? null : spec.mechanisms().observation();
        this.observationStart = o == null || o.lagSeconds() == null || o.scrapeSeconds() == null ? 0
                : (int) Math.round(o.lagSeconds() + o.scrapeSeconds());
        this.zone = zone(spec);
        var meta = spec.scenario().meta();
        // The title gives the cause away: the room sees "Incident drill · date", like the projector.
        this.title = "Incident drill" + (meta == null || meta.date() == null ? "" : " · " + Formats.date(meta.date()));
    }

    public View of(SimulationRunner.Frame f, List<ProposalView> proposals) {
        Snapshot s = f.snapshot();
        return new View(f.seq(), s.tick(), zone.isEmpty() ? s.clock() : s.clock() + " " + zone, f.paused(), f.ended(),
                showSpeed && f.speed() != null ? f.speed().label() : null,
                s.firstAlertTick() < 0 ? "—" : Formats.elapsed(s.tick() - s.firstAlertTick()), firing(s),
                s.freeResponders() + " free · " + s.busy() + " busy", hints ? Hints.of(s, spec) : null, title,
                alerts(s), channel(f), services(s), fleet(s), dashboards(s), actions(s), proposals);
    }

    private static int firing(Snapshot s) {
        int n = 0;
        for (AlertEvent a : s.alerts()) {
            n += a.firing() ? 1 : 0;
        }
        return n;
    }

    private List<AlertGroup> alerts(Snapshot s) {
        Map<String, List<AlertEvent>> byRule = new LinkedHashMap<>();
        for (AlertEvent a : s.alerts()) {
            if (a.firing()) {
                byRule.computeIfAbsent(a.rule() == null ? a.summary() : a.rule(), k -> new ArrayList<>()).add(a);
            }
        }
        List<AlertGroup> out = new ArrayList<>();
        for (List<AlertEvent> as : byRule.values()) {
            as.sort((x, y) -> Integer.compare(y.firedTick(), x.firedTick()));
            List<String> scopes = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            for (AlertEvent a : as) {
                String sc = a.scope() == null ? "" : a.scope();
                if (!scopes.contains(sc) && scopes.size() < 12) {
                    scopes.add(sc);
                }
                first = Math.min(first, a.firedTick());
            }
            AlertEvent top = as.get(0);
            out.add(new AlertGroup(top.severity() == null ? "info" : top.severity(), top.summary(), as.size(),
                    spec.timeOf(top.firedTick()), spec.timeOf(first), scopes));
        }
        out.sort((x, y) -> rank(x.severity()) != rank(y.severity()) ? Integer.compare(rank(x.severity()), rank(y.severity()))
                : y.latest().compareTo(x.latest()));
        return out;
    }

    private static int rank(String severity) {
        return "critical".equals(severity) ? 0 : "warning".equals(severity) ? 1 : 2;
    }

    /** The channel's messages, newest last, then injects sent but not applied yet (as the projector shows them). */
    private List<Line> channel(SimulationRunner.Frame f) {
        List<Message> ms = f.snapshot().messages();
        List<Line> out = new ArrayList<>();
        for (Message m : ms.subList(Math.max(0, ms.size() - 80), ms.size())) {
            out.add(new Line(m.time(), m.channel(), m.kind(), m.text()));
        }
        for (Command c : f.pending()) {
            if (Command.INJECT.equals(c.type())) {
                out.add(new Line(spec.timeOf(c.tick()), c.target(), "inject", c.text()));
            }
        }
        return out;
    }

    private static List<Service> services(Snapshot s) {
        List<Service> out = new ArrayList<>();
        for (int i = 0; i < s.serviceIds().size(); i++) {
            double v = s.observedAvailability()[i];
            out.add(new Service(s.serviceIds().get(i), s.serviceNames().get(i), finite(v)));
        }
        return out;
    }

    private Fleet fleet(Snapshot s) {
        Snapshot.Clusters cl = s.clusters();
        List<Double> sev = new ArrayList<>(cl.ids().size());
        boolean early = s.tick() < observationStart;
        for (int c = 0; c < cl.ids().size(); c++) {
            sev.add(early ? null : finite(HealthScale.severity(cl, c)));
        }
        return new Fleet(cl.ids(), cl.regions(), sev);
    }

    /** The last hour of the dashboards: each service's success rate as observed, API errors, DNS failures, saturation. */
    private List<Series> dashboards(Snapshot s) {
        List<History.Minute> h = s.history();
        List<History.Minute> last = h.subList(Math.max(0, h.size() - DASHBOARD_MINUTES), h.size());
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < s.serviceIds().size(); i++) {
            List<Double> v = new ArrayList<>();
            for (History.Minute m : last) {
                v.add(m.tick() < observationStart || i >= m.observedAvailability().length ? null
                        : finite(m.observedAvailability()[i]));
            }
            out.add(new Series(s.serviceNames().get(i) + " success", "ratio", v));
        }
        out.add(series("API errors", last, 0));
        out.add(series("DNS failures", last, 1));
        out.add(series("API saturation", last, 2));
        return out;
    }

    private Series series(String name, List<History.Minute> last, int which) {
        List<Double> v = new ArrayList<>();
        for (History.Minute m : last) {
            double x = which == 0 ? m.observedApiErrors() : which == 1 ? m.observedDnsFailures() : m.observedSaturation();
            v.add(m.tick() < observationStart ? null : finite(x));
        }
        return new Series(name, "ratio", v);
    }

    private static List<InFlight> actions(Snapshot s) {
        List<InFlight> out = new ArrayList<>();
        List<ActionRecord> as = s.actions();
        for (ActionRecord a : as.subList(Math.max(0, as.size() - 30), as.size())) {
            out.add(new InFlight(a.title(), a.target(), a.by(), a.outcome() == null ? "queued"
                    : a.outcome().name().toLowerCase(Locale.ROOT), Math.round(a.progress() * 1000) / 1000.0, a.reason()));
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : null;
    }

    private static String zone(ModelSpec spec) {
        try {
            var meta = spec.scenario().meta();
            if (meta == null || meta.timezone() == null || meta.date() == null) {
                return "";
            }
            var start = LocalDate.parse(meta.date()).atTime(LocalTime.parse(meta.start(),
                    DateTimeFormatter.ofPattern("HH:mm"))).atZone(ZoneId.of(meta.timezone()));
            return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(start);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
