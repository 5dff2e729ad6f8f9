package firedrill.app.debrief;

import firedrill.app.fx.Formats;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.score.MilestoneResult;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.sim.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results screen's content, computed once from a {@link RunResult}: headline, score tiles,
 * milestones versus the real timeline, decisions, per-service breakdown and the chart series
 * (ground truth is fine after the run). Plain values; no toolkit needed.
 */
public final class ResultsViewModel {
    /**
     * A real milestone next to the trainee's. {@code standing} says where it landed in words ("within
     * tolerance", "early", "late", "not reached", or "earlier"/"later" for the incident's own course);
     * {@code good} is true for good news (on time, a recovery early), false for bad (a recovery late or
     * never), null when neutral (the incident's course is not the trainee's aim).
     */
    public record MilestoneRow(String label, String real, String yours, String delta, boolean withinTolerance,
                               boolean reached, String standing, Boolean good) {}

    /** One decision: when, what, on what, how it ended. */
    public record DecisionRow(int tick, String time, String action, String title, String target, String outcome,
                              String reason) {}

    /** Score breakdown per product. */
    public record ServiceRow(String id, String name, String impactStart, String lowest, String fullRecovery,
                             String realFullRecovery, double impactMinutes, Double referenceImpactMinutes,
                             double baselineImpactMinutes) {}

    /** A real-timeline marker on the chart. */
    public record Marker(int tick, String label) {}

    private final RunResult result;
    private final String headline;
    private final String subline;
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final List<DecisionRow> decisions = new ArrayList<>();
    private final List<ServiceRow> services = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final String bestNote;

    public ResultsViewModel(RunResult result, Double previousBest, boolean newBest) {
        this.result = result;
        ModelSpec spec = result.spec();
        RunOutcome o = result.outcome();
        this.headline = result.endReason();
        this.subline = "Ended at " + spec.timeOf(result.endTick()) + " · seed " + result.seed() + " · "
                + result.mode().toLowerCase(Locale.ROOT) + " mode. Scored over the whole day: your run, continued"
                + " to " + spec.timeOf(spec.horizonTick()) + " with no further actions.";
        for (MilestoneResult m : result.score().milestones()) {
            milestones.add(new MilestoneRow(m.label(), spec.timeOf(m.realTick()), result.time(m.runTick()),
                    m.runTick() < 0 ? "never" : Formats.deltaMinutes(m.deltaMinutes()), m.withinTolerance(),
                    m.runTick() >= 0, standing(m), m.good()));
        }
        for (Milestone m : spec.scenario().realTimeline()) {
            markers.add(new Marker(spec.tickOf(m.at()), m.label()));
        }
        for (ActionRecord a : o.actions()) {
            decisions.add(new DecisionRow(a.issuedTick(), spec.timeOf(a.issuedTick()), a.action(), a.title(),
                    a.target() == null ? "" : a.target(), a.outcome().label(), a.reason() == null ? "" : a.reason()));
        }
        Map<String, ServiceOutcome> ref = result.reference() == null ? Map.of() : result.reference().services();
        for (int k = 0; k < spec.layout().services(); k++) {
            String id = spec.layout().serviceId(k);
            ServiceOutcome s = o.service(id);
            ServiceOutcome r = ref.get(id);
            ServiceOutcome b = result.baseline().service(id);
            services.add(new ServiceRow(id, spec.layout().serviceName(k), result.time(s.impactStart()),
                    Formats.percent(s.lowest()), result.time(s.fullRecovery()), realTime("fullRecovery:" + id),
                    s.impactMinutes(), r == null ? null : r.impactMinutes(), b.impactMinutes()));
        }
        if (newBest) {
            bestNote = previousBest == null ? "First completed run — that is your personal best."
                    : String.format(Locale.ROOT, "New personal best (was %.0f impact-minutes).", previousBest);
        } else {
            bestNote = previousBest == null ? "" : String.format(Locale.ROOT, "Your best is %.0f impact-minutes.", previousBest);
        }
    }

    private static String standing(MilestoneResult m) {
        MilestoneResult.Standing st = m.standing();
        if (st == MilestoneResult.Standing.ON_TIME) {
            return "✓ within tolerance";
        }
        if (!m.recovery()) {
            return st == MilestoneResult.Standing.NEVER ? "did not happen" : st == MilestoneResult.Standing.EARLY
                    ? "earlier than in the real incident" : "later than in the real incident";
        }
        return st == MilestoneResult.Standing.EARLY ? "✓ early" : st.label();
    }

    /** Milestones that landed within tolerance, or (recoveries) early: good news. */
    public long milestonesGood() {
        return milestones.stream().filter(m -> Boolean.TRUE.equals(m.good())).count();
    }

    /** Recoveries reached earlier than the real team (outside tolerance). */
    public long milestonesEarly() {
        return milestones.stream().filter(m -> Boolean.TRUE.equals(m.good()) && !m.withinTolerance()).count();
    }

    /** Recoveries reached late or not at all. */
    public long milestonesBad() {
        return milestones.stream().filter(m -> Boolean.FALSE.equals(m.good())).count();
    }

    /** The real time of a milestone measure, or "—" when the scenario does not publish it. */
    public String realTime(String measure) {
        for (Milestone m : result.spec().scenario().realTimeline()) {
            if (measure.equals(m.measure())) {
                return m.at();
            }
        }
        return "—";
    }

    public RunResult result() {
        return result;
    }

    public String headline() {
        return headline;
    }

    public String subline() {
        return subline;
    }

    public String bestNote() {
        return bestNote;
    }

    public double impactMinutes() {
        return result.score().impactMinutes();
    }

    /** Real team's reconstruction (reference playbook) impact minutes, or null. */
    public Double referenceImpactMinutes() {
        return result.referenceScore() == null ? null : result.referenceScore().impactMinutes();
    }

    public double baselineImpactMinutes() {
        double sum = 0;
        for (ServiceOutcome s : result.baseline().services().values()) {
            sum += s.impactMinutes();
        }
        return Math.round(sum * 10) / 10.0;
    }

    public int milestonesWithin() {
        return result.score().milestonesWithinTolerance();
    }

    public int milestoneCount() {
        return result.score().milestones().size();
    }

    public int actionsIssued() {
        return result.outcome().actions().size();
    }

    public int actionsFailed() {
        int n = 0;
        for (ActionRecord a : result.outcome().actions()) {
            if (a.outcome() == Outcome.FAILED) {
                n++;
            }
        }
        return n;
    }

    /** Full recovery of a service as shown ("HH:MM" or "never"). */
    public String fullRecovery(String serviceId) {
        return result.fullRecovery(serviceId);
    }

    /** The service the headline tile features: the API when there is one, else the first. */
    public String featuredService() {
        ModelSpec spec = result.spec();
        return spec.layout().serviceIndex("api") >= 0 ? "api" : spec.layout().serviceId(0);
    }

    public List<MilestoneRow> milestones() {
        return milestones;
    }

    public List<DecisionRow> decisions() {
        return decisions;
    }

    public List<ServiceRow> services() {
        return services;
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<History.Minute> history() {
        return result.history();
    }

    /** Chart x range: from 30 min before the first alert to 30 min after the last thing worth seeing. */
    public int chartStart() {
        int first = result.outcome().firstAlert();
        int earliest = first < 0 ? 0 : first - 30 * 60;
        for (Marker m : markers) {
            earliest = Math.min(earliest, m.tick() - 10 * 60);
        }
        return Math.max(0, earliest);
    }

    public int chartEnd() {
        int last = result.endTick();
        for (ServiceOutcome s : result.outcome().services().values()) {
            last = Math.max(last, s.fullRecovery());
        }
        for (Marker m : markers) {
            last = Math.max(last, m.tick());
        }
        for (DecisionRow d : decisions) {
            last = Math.max(last, d.tick());
        }
        return Math.min(result.spec().horizonTick(), last + 30 * 60);
    }
}
