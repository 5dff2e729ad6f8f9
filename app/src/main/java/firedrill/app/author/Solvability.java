package firedrill.app.author;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.Calibration;
import firedrill.engine.score.MilestoneResult;
import firedrill.engine.score.Milestones;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The solvability check: over several seeds, the reference playbook recovers every service it hits
 * and lands each real milestone within its tolerance (as {@link Calibration} measures it), and doing
 * nothing does not recover. It warns, never blocks; each finding names the milestone or service and
 * its JSON path, so the editor can take the author there.
 */
public final class Solvability {
    /** Share of runs in which a milestone must land within tolerance (as CalibrationTest requires). */
    public static final double REQUIRED_SHARE = 0.9;
    public static final int DEFAULT_SEEDS = 10;
    static final int NOTHING_SEEDS = 3;
    /** Seeds per call to Calibration.run: progress is reported between batches. */
    private static final int BATCH = 2;

    public enum Level { OK, WARNING }

    public record Finding(Level level, String text, String path) {}

    public record Report(boolean solvable, List<Finding> findings, int runs) {
        public List<Finding> warnings() {
            return findings.stream().filter(f -> f.level() == Level.WARNING).toList();
        }
    }

    private Solvability() {}

    public static Report check(Scenario scenario, int seeds, long firstSeed, DoubleConsumer progress, BooleanSupplier cancelled) {
        ModelSpec spec = new ModelSpec(scenario);
        Playbook ref = scenario.referencePlaybook();
        List<Finding> findings = new ArrayList<>();
        if (ref == null || ref.actions().isEmpty()) {
            findings.add(new Finding(Level.WARNING, "There is no reference playbook: add the real responders' actions,"
                    + " so runs can be compared with the real timeline.", "$.referencePlaybook"));
        }
        List<Command> commands = ref == null ? List.of() : Playbooks.commands(ref, spec, "reference");
        int total = seeds + NOTHING_SEEDS;
        List<RunOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < seeds; i += BATCH) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Calibration.Result r = Calibration.run(spec, commands, firstSeed + i, Math.min(BATCH, seeds - i));
            outcomes.addAll(r.outcomes());
            progress.accept((double) outcomes.size() / total);
        }
        List<RunOutcome> nothing = new ArrayList<>();
        for (int i = 0; i < NOTHING_SEEDS; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            nothing.add(RunOutcome.of(Playbooks.run(spec, firstSeed + i, List.of(), spec.horizonTick())));
            progress.accept((double) (seeds + i + 1) / total);
        }
        services(spec, outcomes, nothing, findings);
        milestones(spec, scenario, outcomes, findings);
        boolean solvable = findings.stream().noneMatch(f -> f.level() == Level.WARNING);
        // Warnings first: they are what the author has to look at.
        List<Finding> ordered = new ArrayList<>(findings.stream().filter(f -> f.level() == Level.WARNING).toList());
        ordered.addAll(findings.stream().filter(f -> f.level() == Level.OK).toList());
        findings.clear();
        findings.addAll(ordered);
        if (solvable) {
            findings.add(0, new Finding(Level.OK, String.format(Locale.ROOT, "Solvable: over %d seeds the reference playbook"
                    + " recovers every hit service and lands every milestone within tolerance; doing nothing does not recover.",
                    seeds), null));
        }
        return new Report(solvable, List.copyOf(findings), seeds);
    }

    private static void services(ModelSpec spec, List<RunOutcome> ref, List<RunOutcome> nothing, List<Finding> out) {
        Set<String> hit = new LinkedHashSet<>();
        for (RunOutcome o : ref) {
            o.services().forEach((id, s) -> {
                if (s.impactStart() >= 0) {
                    hit.add(id);
                }
            });
        }
        for (RunOutcome o : nothing) {
            o.services().forEach((id, s) -> {
                if (s.impactStart() >= 0) {
                    hit.add(id);
                }
            });
        }
        if (hit.isEmpty()) {
            out.add(new Finding(Level.WARNING, "No service is ever hit, with or without the reference playbook: the trigger"
                    + " does no harm. Check the timeline and the mechanisms.", "$.timeline"));
            return;
        }
        for (String id : hit) {
            String name = spec.layout().serviceName(spec.layout().serviceIndex(id));
            String path = "$.fleet.services[" + spec.layout().serviceIndex(id) + "]";
            long unrecovered = ref.stream().map(o -> o.service(id))
                    .filter(s -> s.impactStart() >= 0 && s.fullRecovery() < 0).count();
            if (unrecovered > 0) {
                out.add(new Finding(Level.WARNING, String.format(Locale.ROOT,
                        "The reference playbook leaves %s unrecovered in %d of %d runs.", name, unrecovered, ref.size()), path));
            } else {
                out.add(new Finding(Level.OK, String.format(Locale.ROOT, "The reference playbook recovers %s in every run"
                        + " (median full recovery %s).", name, median(spec, ref, id)), path));
            }
            for (RunOutcome o : nothing) {
                ServiceOutcome s = o.service(id);
                if (s.impactStart() >= 0 && s.fullRecovery() >= 0) {
                    out.add(new Finding(Level.WARNING, String.format(Locale.ROOT, "Doing nothing recovers %s by %s (seed %d):"
                            + " the incident ends by itself.", name, spec.timeOf(s.fullRecovery()), o.seed()), path));
                    break;
                }
            }
        }
    }

    private static String median(ModelSpec spec, List<RunOutcome> runs, String id) {
        int[] t = runs.stream().mapToInt(o -> o.service(id).fullRecovery()).filter(x -> x >= 0).sorted().toArray();
        return t.length == 0 ? "—" : spec.timeOf(t[t.length / 2]);
    }

    private static void milestones(ModelSpec spec, Scenario scenario, List<RunOutcome> runs, List<Finding> out) {
        Map<String, List<MilestoneResult>> byId = new LinkedHashMap<>();
        for (RunOutcome o : runs) {
            for (MilestoneResult m : Milestones.compare(o, spec)) {
                byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<MilestoneResult>> e : byId.entrySet()) {
            List<MilestoneResult> ms = e.getValue();
            MilestoneResult first = ms.get(0);
            long within = ms.stream().filter(MilestoneResult::withinTolerance).count();
            int[] reached = ms.stream().mapToInt(MilestoneResult::runTick).filter(t -> t >= 0).sorted().toArray();
            String path = "$.realTimeline[" + indexOf(scenario, first.id()) + "]";
            String tol = "±" + first.toleranceSeconds() / 60 + " min";
            if (within >= Math.ceil(REQUIRED_SHARE * ms.size())) {
                continue;
            }
            String where = reached.length == 0 ? "never reached"
                    : "reference median " + spec.timeOf(reached[reached.length / 2]) + " (" + spec.timeOf(reached[0]) + "–"
                    + spec.timeOf(reached[reached.length - 1]) + ")";
            out.add(new Finding(Level.WARNING, String.format(Locale.ROOT,
                    "Milestone \"%s\" (%s): real %s %s, %s; within tolerance in %d of %d runs.", first.label(),
                    first.measure(), spec.timeOf(first.realTick()), tol, where, within, ms.size()), path));
        }
        if (!byId.isEmpty() && out.stream().noneMatch(f -> f.path() != null && f.path().startsWith("$.realTimeline"))) {
            out.add(new Finding(Level.OK, "Every measured milestone lands within tolerance in at least "
                    + Math.round(REQUIRED_SHARE * 100) + "% of runs.", "$.realTimeline"));
        }
        if (byId.isEmpty()) {
            out.add(new Finding(Level.WARNING, "No real milestone has a measure: runs cannot be compared with what really"
                    + " happened. Give milestones a measure and a tolerance.", "$.realTimeline"));
        }
    }

    private static int indexOf(Scenario s, String milestoneId) {
        List<Milestone> l = s.realTimeline();
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) != null && milestoneId.equals(l.get(i).id())) {
                return i;
            }
        }
        return 0;
    }
}
