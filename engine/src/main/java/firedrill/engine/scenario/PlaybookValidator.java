package firedrill.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * Validates playbook steps against a scenario: known actions, target selectors that name something in
 * the fleet, parameters within the action's range, times inside the scenario window and in order.
 */
public final class PlaybookValidator {
    private PlaybookValidator() {}

    /** Validates a standalone {@code firedrill/playbook@1} file for {@code scenario} (a valid one). */
    public static List<Problem> validate(String file, Playbook pb, Scenario scenario) {
        Checker ch = new Checker(file);
        if (pb == null) {
            ch.problem("$", "expected a playbook object, got null");
            return ch.problems();
        }
        if (!Playbook.FORMAT.equals(pb.format())) {
            ch.problem("$.format", "expected \"" + Playbook.FORMAT + "\", got " + Checker.quote(pb.format()));
        }
        String id = scenario == null ? null : scenario.id();
        if (pb.scenario() != null && id != null && !pb.scenario().equals(id)) {
            ch.problem("$.scenario", "expected this scenario's id " + Checker.quote(id) + ", got " + Checker.quote(pb.scenario()));
        }
        ch.optionalText("$.note", pb.note());
        if (scenario == null) {
            ch.problem("$.scenario", "expected a scenario to check the playbook against; none was given");
            return ch.problems();
        }
        Meta meta = scenario.meta();
        int start = meta != null && ScenarioTime.isTime(meta.start()) ? ScenarioTime.secondsOfDay(meta.start()) : -1;
        String horizon = meta == null || meta.horizon() == null ? "23:59" : meta.horizon();
        int end = ScenarioTime.isTime(horizon) ? ScenarioTime.secondsOfDay(horizon) : -1;
        steps(ch, "$", pb, scenario, FleetIndex.of(scenario.fleet()), start, end);
        return ch.problems();
    }

    static void steps(Checker ch, String base, Playbook pb, Scenario s, FleetIndex fleet, int start, int horizon) {
        ch.atMost(base + ".actions", pb.actions(), ScenarioValidator.MAX_STEPS, "steps");
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < pb.actions().size(); i++) {
            Playbook.Step step = pb.actions().get(i);
            String p = base + ".actions[" + i + "]";
            if (step == null) {
                ch.problem(p, "expected a step object with at and action, got null");
                continue;
            }
            if (ch.time(p + ".at", step.at())) {
                int at = ScenarioTime.secondsOfDay(step.at());
                if (ScenarioValidator.inWindow(ch, p + ".at", at, start, horizon) && at < previous) {
                    ch.problem(p + ".at", "expected steps in time order, got " + step.at() + " after "
                            + ScenarioTime.format(previous));
                }
                previous = Math.max(previous, at);
            }
            ActionSpec spec = null;
            if (ch.text(p + ".action", step.action())) {
                spec = s.action(step.action());
                if (spec == null) {
                    ch.problem(p + ".action", Checker.unknown("the scenario's actions[].id", ScenarioValidator.actionIds(s),
                            "action", step.action()));
                }
            }
            if (step.target() != null) {
                String problem = fleet.targetProblem(step.target());
                if (problem != null) {
                    ch.problem(p + ".target", problem);
                }
            } else if (spec != null && spec.defaultTarget() == null && spec.kind() != null
                    && ScenarioValidator.CLUSTER_SCOPED_KINDS.contains(spec.kind())) {
                ch.problem(p + ".target", "expected a target: action " + Checker.quote(spec.id())
                        + " acts on clusters and has no defaultTarget");
            }
            ch.optionalText(p + ".note", step.note());
            execution(ch, p, step, spec, s.team());
            stepText(ch, p, step, spec);
            params(ch, p, step, spec);
        }
    }

    /**
     * {@code mode} must be one the action offers; {@code responders} between 1 and the whole team
     * (on call plus escalation), and 1 for an automated change (one responder prepares it).
     */
    private static void execution(Checker ch, String p, Playbook.Step step, ActionSpec spec, Team team) {
        String mode = step.mode();
        if (mode != null) {
            if (!ActionSpec.MANUAL.equals(mode) && !ActionSpec.AUTOMATED.equals(mode)) {
                ch.problem(p + ".mode", "expected \"manual\" or \"automated\", got " + Checker.quote(mode));
                mode = null;
            } else if (spec != null && !spec.offers(mode)) {
                ch.problem(p + ".mode", "expected \"manual\": action " + Checker.quote(spec.id())
                        + " declares no automated mode");
            }
        }
        if (step.responders() != null) {
            int max = (team == null || team.responders() == null ? 1 : team.responders())
                    + (team == null || team.escalationAdds() == null ? 0 : team.escalationAdds());
            String effective = mode != null ? mode : spec == null ? null : spec.modeOrDefault();
            if (step.responders() < 1 || step.responders() > max) {
                ch.problem(p + ".responders", "expected between 1 and " + max
                        + " responders (the team with everyone escalation pages), got " + step.responders());
            } else if (step.responders() > 1 && ActionSpec.AUTOMATED.equals(effective)) {
                ch.problem(p + ".responders", "expected 1: an automated change is prepared by one responder, got "
                        + step.responders());
            }
        }
    }

    /** Only a status update carries words; they must fit a status page. */
    private static void stepText(Checker ch, String p, Playbook.Step step, ActionSpec spec) {
        if (step.text() == null || !ch.text(p + ".text", step.text())) {
            return;
        }
        if (step.text().length() > ScenarioValidator.MAX_STEP_TEXT) {
            ch.problem(p + ".text", "expected at most " + ScenarioValidator.MAX_STEP_TEXT + " characters, got "
                    + step.text().length());
        }
        if (spec != null && spec.kind() != null && !"status-update".equals(spec.kind())) {
            ch.problem(p + ".text", "expected no text: only a status update carries words, and action "
                    + Checker.quote(spec.id()) + " is a " + spec.kind());
        }
    }

    private static void params(Checker ch, String p, Playbook.Step step, ActionSpec spec) {
        for (Map.Entry<String, Double> e : step.params().entrySet()) {
            String pp = Checker.key(p + ".params", e.getKey());
            if (e.getValue() == null) {
                ch.problem(pp, "expected a number, got null");
                continue;
            }
            if (spec == null) {
                continue;
            }
            ActionSpec.Param prm = spec.params().get(e.getKey());
            double v = e.getValue();
            if (prm == null && rootCauseAtAction(spec, e.getKey())) {
                // The action lacks a parameter its kind reads: reported once at the action, not per step.
                continue;
            }
            if (prm == null && spec.params().isEmpty()) {
                ch.problem(pp, "expected no params: action " + Checker.quote(spec.id()) + " takes no parameters, got "
                        + Checker.quote(e.getKey()));
            } else if (prm == null) {
                ch.problem(pp, "expected a parameter of action " + Checker.quote(spec.id()) + " ("
                        + String.join(", ", spec.params().keySet()) + "), got unknown parameter " + Checker.quote(e.getKey())
                        + Checker.didYouMean(e.getKey(), spec.params().keySet()));
            } else if (!Double.isFinite(v) || (prm.min() != null && v < prm.min()) || (prm.max() != null && v > prm.max())) {
                ch.problem(pp, "expected a value in [" + (prm.min() == null ? "-∞" : Checker.fmt(prm.min())) + ", "
                        + (prm.max() == null ? "∞" : Checker.fmt(prm.max())) + "], got " + Checker.fmt(v));
            }
        }
    }

    /**
     * True when {@code param} is one the action's kind reads but the action does not declare: the
     * scenario's validation reports that once, at {@code $.actions[i].params}; repeating it for every
     * step would bury the root cause.
     */
    private static boolean rootCauseAtAction(ActionSpec spec, String param) {
        return spec.kind() != null && ScenarioValidator.KIND_PARAMS.getOrDefault(spec.kind(), Map.of()).containsKey(param);
    }
}
