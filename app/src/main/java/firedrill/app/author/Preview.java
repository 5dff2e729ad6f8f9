package firedrill.app.author;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.MilestoneResult;
import firedrill.engine.score.Milestones;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The preview of a valid scenario: one run in which nobody acts and one with the reference playbook,
 * same seed, with each service's availability per minute and the real milestones compared with the
 * reference run. Pure engine work; the view model runs it off the FX thread and drops stale results.
 */
public final class Preview {
    /** Runs are advanced in slices this long, checking for cancellation in between. */
    private static final int SLICE_TICKS = 1800;

    /** One service's curves: availability per minute (minute i at tick 60·i). */
    public record ServiceSeries(String id, String name, double[] reference, double[] nothing,
                                ServiceOutcome referenceOutcome, ServiceOutcome nothingOutcome) {}

    /** A real milestone for the chart: its tick and label, and which service it belongs to (null: fleet). */
    public record Marker(int tick, String label, String service) {}

    public record Result(ModelSpec spec, long seed, RunOutcome reference, RunOutcome nothing, List<ServiceSeries> services,
                         List<MilestoneResult> milestones, List<Marker> markers, String summary, List<String> clusterIds,
                         int[] clusterFailedAt, int[] clusterRecoveredAt) {}

    private Preview() {}

    public static Result compute(Scenario scenario, long seed, BooleanSupplier cancelled) {
        ModelSpec spec = new ModelSpec(scenario);
        Playbook ref = scenario.referencePlaybook();
        List<Command> refCommands = ref == null ? List.of() : Playbooks.commands(ref, spec, "reference");
        Simulation reference = run(spec, seed, refCommands, cancelled);
        Simulation nothing = run(spec, seed, List.of(), cancelled);
        RunOutcome ro = RunOutcome.of(reference);
        RunOutcome no = RunOutcome.of(nothing);
        List<ServiceSeries> services = new ArrayList<>();
        for (int k = 0; k < spec.layout().services(); k++) {
            String id = spec.layout().serviceId(k);
            services.add(new ServiceSeries(id, spec.layout().serviceName(k), reference.history().availability(k),
                    nothing.history().availability(k), ro.service(id), no.service(id)));
        }
        List<Marker> markers = new ArrayList<>();
        for (firedrill.engine.scenario.Milestone m : scenario.realTimeline()) {
            String measure = m.measure();
            String service = measure != null && measure.contains(":") ? measure.substring(measure.indexOf(':') + 1) : null;
            markers.add(new Marker(spec.tickOf(m.at()), m.label(), service));
        }
        var state = reference.model().state();
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < spec.layout().clusters(); c++) {
            ids.add(spec.layout().id(c));
        }
        return new Result(spec, seed, ro, no, List.copyOf(services), Milestones.compare(ro, spec), List.copyOf(markers),
                summary(spec, ro, no, services), List.copyOf(ids), state.failedAt.clone(), state.recoveredAt.clone());
    }

    /** At most this many clusters are listed by name in {@link #changes}. */
    static final int CLUSTERS_LISTED = 8;

    /**
     * What the reference run does differently from the previous preview: each milestone that moved,
     * each service whose impact changed, each cluster that now fails or recovers at another time. Empty
     * when the edit did not move the outcome (the preview says so; it is an answer too).
     */
    public static List<String> changes(Result before, Result after) {
        List<String> out = new ArrayList<>();
        if (before == null || after == null) {
            return out;
        }
        ModelSpec spec = after.spec();
        for (MilestoneResult m : after.milestones()) {
            for (MilestoneResult p : before.milestones()) {
                if (java.util.Objects.equals(p.measure(), m.measure()) && p.runTick() != m.runTick()) {
                    out.add("Milestone " + m.label() + ": " + when(spec, p.runTick()) + " → " + when(spec, m.runTick())
                            + move(p.runTick(), m.runTick()));
                }
            }
        }
        for (int k = 0; k < after.services().size() && k < before.services().size(); k++) {
            ServiceSeries a = after.services().get(k);
            ServiceSeries b = before.services().get(k);
            double d = a.referenceOutcome().impactMinutes() - b.referenceOutcome().impactMinutes();
            if (a.id().equals(b.id()) && Math.abs(d) >= 0.05) {
                out.add(String.format(Locale.ROOT, "%s: %.1f → %.1f impact-minutes (%+.1f)", a.name(),
                        b.referenceOutcome().impactMinutes(), a.referenceOutcome().impactMinutes(), d));
            }
        }
        if (after.clusterIds().equals(before.clusterIds())) {
            List<String> clusters = new ArrayList<>();
            for (int c = 0; c < after.clusterIds().size(); c++) {
                int fb = before.clusterFailedAt()[c];
                int fa = after.clusterFailedAt()[c];
                int rb = before.clusterRecoveredAt()[c];
                int ra = after.clusterRecoveredAt()[c];
                String id = after.clusterIds().get(c);
                if (fb != fa) {
                    clusters.add(id + " fails " + when(spec, fb) + " → " + when(spec, fa) + move(fb, fa));
                } else if (rb != ra) {
                    clusters.add(id + " recovers " + when(spec, rb) + " → " + when(spec, ra) + move(rb, ra));
                }
            }
            out.addAll(clusters.subList(0, Math.min(CLUSTERS_LISTED, clusters.size())));
            if (clusters.size() > CLUSTERS_LISTED) {
                out.add("… and " + (clusters.size() - CLUSTERS_LISTED) + " more clusters");
            }
        } else {
            out.add("The fleet changed: " + before.clusterIds().size() + " → " + after.clusterIds().size() + " clusters");
        }
        return out;
    }

    private static String when(ModelSpec spec, int tick) {
        return tick < 0 ? "never" : spec.clockOf(tick).substring(0, Math.min(8, spec.clockOf(tick).length()));
    }

    private static String move(int before, int after) {
        if (before < 0 || after < 0) {
            return "";
        }
        int d = after - before;
        int m = Math.abs(d) / 60;
        int s = Math.abs(d) % 60;
        return " (" + (d > 0 ? "+" : "−") + (m == 0 ? s + " s" : s == 0 ? m + " min" : m + " min " + s + " s") + ")";
    }

    static Simulation run(ModelSpec spec, long seed, List<Command> commands, BooleanSupplier cancelled) {
        Simulation sim = Simulation.start(spec, seed);
        for (Command c : commands) {
            sim.submit(c);
        }
        while (!sim.finished()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("a newer edit replaced this preview");
            }
            sim.runUntil(sim.tick() + SLICE_TICKS);
        }
        return sim;
    }

    /** Two lines: what the reference run recovers and when, and what doing nothing leads to. */
    static String summary(ModelSpec spec, RunOutcome ref, RunOutcome nothing, List<ServiceSeries> services) {
        StringBuilder r = new StringBuilder("Reference playbook: ");
        StringBuilder n = new StringBuilder("Doing nothing: ");
        double refMinutes = 0;
        double nothingMinutes = 0;
        List<String> refParts = new ArrayList<>();
        List<String> nothingParts = new ArrayList<>();
        for (ServiceSeries s : services) {
            refMinutes += s.referenceOutcome().impactMinutes();
            nothingMinutes += s.nothingOutcome().impactMinutes();
            refParts.add(s.name() + " " + state(spec, s.referenceOutcome()));
            nothingParts.add(s.name() + " " + state(spec, s.nothingOutcome()));
        }
        r.append(String.join(" · ", refParts)).append(String.format(Locale.ROOT, " — %.1f impact-min", refMinutes));
        n.append(String.join(" · ", nothingParts)).append(String.format(Locale.ROOT, " — %.1f impact-min", nothingMinutes));
        return r + "\n" + n;
    }

    static String state(ModelSpec spec, ServiceOutcome o) {
        if (o.impactStart() < 0) {
            return "not hit";
        }
        return o.fullRecovery() < 0 ? "down from " + spec.timeOf(o.impactStart()) + ", never recovers"
                : "down " + spec.timeOf(o.impactStart()) + "–" + spec.timeOf(o.fullRecovery());
    }
}
