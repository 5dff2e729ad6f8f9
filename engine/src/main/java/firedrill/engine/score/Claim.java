package firedrill.engine.score;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioTime;
import java.util.Map;
import java.util.Set;

/**
 * A machine-checkable statement about a run, for strategy suites (and, later, the editor's
 * solvability check). One predicate per claim, written as a flat JSON object:
 * <ul>
 *   <li>{@code {"service": "api", "fullRecoveryBefore": "17:30"}} — fully recovered before that time;</li>
 *   <li>{@code {"service": "api", "recoveryStartAfter": "21:30"}} — no significant recovery before it;</li>
 *   <li>{@code {"service": "cdn", "fullRecoveryAfter": "16:30"}} — not fully recovered before it;</li>
 *   <li>{@code {"service": "cdn", "recoveryStartBefore": "12:30"}} — back to at least half (and staying there)
 *   before it;</li>
 *   <li>{@code {"neverRecovers": "chatgpt"}} — not fully recovered by the horizon;</li>
 *   <li>{@code {"allServicesRecoveredBefore": "18:00"}} — every service fully recovered before it;</li>
 *   <li>{@code {"actionFails": "delete-telemetry"}} — some issued action with that id failed, or
 *       failed on part of its targets;</li>
 *   <li>{@code {"actionSucceeds": "block-admin-api"}} — every issued action with that id succeeded.</li>
 * </ul>
 * Times are local times of the incident day ({@code HH:MM}, {@code +D} for later days).
 */
public record Claim(String predicate, String subject, String time) {
    private static final Set<String> SERVICE_TIMED = Set.of("fullRecoveryBefore", "recoveryStartAfter",
            "recoveryStartBefore", "fullRecoveryAfter");

    /** Parses one claim object; throws IllegalArgumentException naming what is wrong. */
    public static Claim parse(Map<String, String> fields) {
        String service = fields.get("service");
        for (String p : SERVICE_TIMED) {
            if (fields.containsKey(p)) {
                requireKeys(fields, Set.of("service", p));
                return new Claim(p, required(service, "service"), time(fields.get(p)));
            }
        }
        if (fields.containsKey("allServicesRecoveredBefore")) {
            requireKeys(fields, Set.of("allServicesRecoveredBefore"));
            return new Claim("allServicesRecoveredBefore", null, time(fields.get("allServicesRecoveredBefore")));
        }
        for (String p : new String[] {"neverRecovers", "actionFails", "actionSucceeds"}) {
            if (fields.containsKey(p)) {
                requireKeys(fields, Set.of(p));
                return new Claim(p, required(fields.get(p), p), null);
            }
        }
        throw new IllegalArgumentException("expected one of fullRecoveryBefore, recoveryStartAfter, recoveryStartBefore, fullRecoveryAfter (with service), "
                + "neverRecovers, allServicesRecoveredBefore, actionFails or actionSucceeds, got " + fields.keySet());
    }

    private static void requireKeys(Map<String, String> fields, Set<String> allowed) {
        for (String k : fields.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("unexpected field \"" + k + "\" in a claim with " + allowed);
            }
        }
    }

    private static String required(String v, String name) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("expected " + name + " to name something, got " + v);
        }
        return v;
    }

    private static String time(String t) {
        if (!ScenarioTime.isTime(t)) {
            throw new IllegalArgumentException("expected a local time HH:MM (+D), got " + t);
        }
        return t;
    }

    /** Null when the run bears the claim out, otherwise what the run did instead. */
    public String check(RunOutcome run, ModelSpec spec) {
        switch (predicate) {
            case "fullRecoveryBefore": {
                int t = service(run).fullRecovery();
                return t >= 0 && t < spec.tickOf(time) ? null
                        : subject + " fully recovered " + at(spec, t) + ", not before " + time;
            }
            case "recoveryStartAfter": {
                int t = service(run).recoveryStart();
                return t < 0 || t >= spec.tickOf(time) ? null
                        : subject + " began recovering at " + spec.timeOf(t) + ", before " + time;
            }
            case "fullRecoveryAfter": {
                int t = service(run).fullRecovery();
                return t < 0 || t >= spec.tickOf(time) ? null
                        : subject + " fully recovered at " + spec.timeOf(t) + ", before " + time;
            }
            case "recoveryStartBefore": {
                int t = service(run).recoveryStart();
                return t >= 0 && t < spec.tickOf(time) ? null
                        : subject + " began recovering " + at(spec, t) + ", not before " + time;
            }
            case "neverRecovers": {
                int t = service(run).fullRecovery();
                return t < 0 ? null : subject + " fully recovered at " + spec.timeOf(t);
            }
            case "allServicesRecoveredBefore": {
                int t = run.allServicesRecovered();
                return t >= 0 && t < spec.tickOf(time) ? null : "all services recovered " + at(spec, t) + ", not before " + time;
            }
            case "actionFails": {
                boolean issued = false;
                for (ActionRecord a : run.actions()) {
                    if (a.action().equals(subject)) {
                        issued = true;
                        if (a.outcome() == Outcome.FAILED || a.outcome() == Outcome.PARTIAL) {
                            return null;
                        }
                    }
                }
                return issued ? subject + " never failed" : subject + " was never issued";
            }
            case "actionSucceeds": {
                boolean issued = false;
                for (ActionRecord a : run.actions()) {
                    if (a.action().equals(subject)) {
                        issued = true;
                        if (a.outcome() != Outcome.SUCCEEDED) {
                            return subject + " ended " + a.outcome().label() + (a.reason().isEmpty() ? "" : ": " + a.reason());
                        }
                    }
                }
                return issued ? null : subject + " was never issued";
            }
            default:
                throw new IllegalStateException("unknown claim " + predicate);
        }
    }

    private ServiceOutcome service(RunOutcome run) {
        ServiceOutcome s = run.service(subject);
        if (s == null) {
            throw new IllegalArgumentException("no service \"" + subject + "\" in " + run.scenario());
        }
        return s;
    }

    private static String at(ModelSpec spec, int tick) {
        return tick < 0 ? "never" : "at " + spec.timeOf(tick);
    }

    @Override
    public String toString() {
        return "{" + (subject == null ? "" : subject + " ") + predicate + (time == null ? "" : " " + time) + "}";
    }
}
