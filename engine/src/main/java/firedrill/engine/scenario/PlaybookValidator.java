package firedrill.engine.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates playbook steps against a scenario: known actions, well-formed targets and params, time order. */
public final class PlaybookValidator {
    private PlaybookValidator() {}

    /** Validates a standalone playbook file for {@code scenario}. */
    public static List<Problem> validate(String file, Playbook pb, Scenario scenario) {
        Checker ch = new Checker(file);
        if (!Playbook.FORMAT.equals(pb.format())) {
            ch.problem("$.format", "expected \"" + Playbook.FORMAT + "\", got " + ScenarioValidator.quote(pb.format()));
        }
        if (pb.scenario() != null && !pb.scenario().equals(scenario.id())) {
            ch.problem("$.scenario", "this playbook is for \"" + pb.scenario() + "\", not \"" + scenario.id() + "\"");
        }
        Set<String> clusters = new java.util.HashSet<>();
        scenario.fleet().clusters().forEach(c -> clusters.add(c.id()));
        Set<String> services = new java.util.HashSet<>();
        scenario.fleet().services().forEach(s -> services.add(s.id()));
        int start = ScenarioTime.secondsOfDay(scenario.meta().start());
        int horizon = ScenarioTime.secondsOfDay(scenario.meta().horizon() == null ? "23:59" : scenario.meta().horizon());
        steps(ch, "$", pb, scenario, clusters, Set.copyOf(scenario.fleet().regions()), services, start, horizon);
        return ch.problems();
    }

    static void steps(Checker ch, String base, Playbook pb, Scenario s, Set<String> explicitClusters, Set<String> regions,
                      Set<String> services, int start, int horizon) {
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < pb.actions().size(); i++) {
            Playbook.Step step = pb.actions().get(i);
            String p = base + ".actions[" + i + "]";
            if (step == null) {
                ch.problem(p, "expected a step object, got null");
                continue;
            }
            if (ch.time(p + ".at", step.at())) {
                int at = ScenarioTime.secondsOfDay(step.at());
                if (at < start || at > horizon) {
                    ch.problem(p + ".at", "expected a time between meta.start and the horizon, got \"" + step.at() + "\"");
                }
                if (at < previous) {
                    ch.problem(p + ".at", "expected steps in time order; " + step.at() + " comes before the previous step");
                }
                previous = Math.max(previous, at);
            }
            ActionSpec spec = null;
            if (ch.text(p + ".action", step.action())) {
                spec = s.action(step.action());
                if (spec == null) {
                    ch.problem(p + ".action", "unknown action \"" + step.action() + "\"; expected one of the scenario's actions[].id");
                }
            }
            if (step.target() != null) {
                String problem = targetProblem(step.target(), explicitClusters, regions, services, s);
                if (problem != null) {
                    ch.problem(p + ".target", problem);
                }
            }
            if (spec != null) {
                for (Map.Entry<String, Double> e : step.params().entrySet()) {
                    ActionSpec.Param prm = spec.params().get(e.getKey());
                    if (prm == null) {
                        ch.problem(p + ".params." + e.getKey(), "unknown parameter; " + spec.id() + " takes " + spec.params().keySet());
                    } else if ((prm.min() != null && e.getValue() < prm.min()) || (prm.max() != null && e.getValue() > prm.max())) {
                        ch.problem(p + ".params." + e.getKey(), "expected a value in [" + prm.min() + ", " + prm.max() + "], got " + e.getValue());
                    }
                }
            }
        }
    }

    /** Checks a selector's form; generated cluster ids are checked when the fleet is built. */
    static String targetProblem(String target, Set<String> clusters, Set<String> regions, Set<String> services, Scenario s) {
        if (target.equals("all")) {
            return null;
        }
        int colon = target.indexOf(':');
        String kind = colon < 0 ? target : target.substring(0, colon);
        String arg = colon < 0 ? "" : target.substring(colon + 1);
        switch (kind) {
            case "cluster":
            case "clusters":
                return arg.isBlank() ? "expected cluster:ID" : null;
            case "region":
                return regions.contains(arg) ? null : "unknown region \"" + arg + "\"; expected one of fleet.regions";
            case "service":
                return services.contains(arg) ? null : "unknown service \"" + arg + "\"; expected one of fleet.services";
            case "largest":
                return arg.matches("[1-9]\\d{0,4}") ? null : "expected largest:N with a whole number N ≥ 1, got \"" + target + "\"";
            default:
                return "unknown target \"" + target + "\"; expected all, cluster:ID, region:NAME, largest:N or service:ID";
        }
    }
}
