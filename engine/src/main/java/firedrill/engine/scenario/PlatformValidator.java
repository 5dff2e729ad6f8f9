package firedrill.engine.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks {@code mechanisms.platform} and the actions that act on it (docs/scenario-format.md). */
final class PlatformValidator {
    private static final String P = "$.mechanisms.platform";

    /** Which platform part each platform action kind needs. */
    static final Map<String, String> KIND_PART = Map.of(
            "freeze-automation", "endpointDns",
            "repair-dns-record", "endpointDns",
            "throttle-lease-intake", "leases",
            "restart-lease-manager", "leases",
            "throttle-launches", "propagation",
            "disable-auto-failover", "healthChecks",
            "enable-auto-failover", "healthChecks",
            "cap-failover-removal", "healthChecks");

    private PlatformValidator() {}

    static void check(Checker ch, PlatformMechanisms p, ScenarioValidator.Context ctx) {
        if (p == null) {
            return;
        }
        Set<String> services = ctx.fleet.services;
        dependencies(ch, p.dependencies(), services);
        PlatformMechanisms.EndpointDns d = p.endpointDns();
        if (d != null) {
            String q = P + ".endpointDns";
            service(ch, q + ".service", d.service(), services, true);
            if (ch.time(q + ".raceAt", d.raceAt())) {
                ScenarioValidator.inWindow(ch, q + ".raceAt", ScenarioTime.secondsOfDay(d.raceAt()), ctx);
            }
            ch.range(q + ".ttlSeconds", d.ttlSeconds(), 1, 86400);
            ch.range(q + ".negativeTtlSeconds", d.negativeTtlSeconds(), 1, 86400);
            ch.optionalRange(q + ".recurMeanSeconds", d.recurMeanSeconds(), 0, 1e7);
        }
        PlatformMechanisms.Leases l = p.leases();
        if (l != null) {
            String q = P + ".leases";
            service(ch, q + ".service", l.service(), services, false);
            service(ch, q + ".renewVia", l.renewVia(), services, false);
            ch.range(q + ".hosts", l.hosts(), 1, 1e9);
            ch.range(q + ".leaseSeconds", l.leaseSeconds(), 1, 1e7);
            ch.range(q + ".attemptSeconds", l.attemptSeconds(), 1, 86400);
            ch.range(q + ".workPerSecond", l.workPerSecond(), 1e-3, 1e9);
            ch.range(q + ".queueLimit", l.queueLimit(), 0, 1e12);
            ch.range(q + ".timeoutSeconds", l.timeoutSeconds(), 2, 86400);
            ch.range(q + ".restartSeconds", l.restartSeconds(), 0, 86400);
        }
        PlatformMechanisms.Propagation g = p.propagation();
        if (g != null) {
            String q = P + ".propagation";
            service(ch, q + ".service", g.service(), services, false);
            ch.range(q + ".loadShare", g.loadShare(), 0, 1);
            ch.range(q + ".thresholdMinutes", g.thresholdMinutes(), 0, 1e5);
            ch.range(q + ".rampMinutes", g.rampMinutes(), 0, 1e5);
        }
        PlatformMechanisms.HealthChecks h = p.healthChecks();
        if (h != null) {
            String q = P + ".healthChecks";
            service(ch, q + ".service", h.service(), services, true);
            ch.range(q + ".delayAbove", h.delayAbove(), 0, 1);
            ch.range(q + ".removalShare", h.removalShare(), 0, 1);
            ch.range(q + ".removalPerMinute", h.removalPerMinute(), 0, 1);
            ch.range(q + ".readdPerMinute", h.readdPerMinute(), 0, 1);
        }
    }

    private static void service(Checker ch, String path, String id, Set<String> services, boolean required) {
        if (id == null && !required) {
            return;
        }
        if (ch.text(path, id) && !services.contains(id)) {
            ch.problem(path, "expected a service id from fleet.services, got " + Checker.quote(id));
        }
    }

    private static void dependencies(Checker ch, Map<String, Map<String, Double>> deps, Set<String> services) {
        for (Map.Entry<String, Map<String, Double>> e : deps.entrySet()) {
            String kp = Checker.key(P + ".dependencies", e.getKey());
            if (!services.contains(e.getKey())) {
                ch.problem(kp, "expected a service id from fleet.services, got " + Checker.quote(e.getKey()));
            }
            if (e.getValue() == null) {
                ch.problem(kp, "expected an object of upstream service → weight in [0, 1], got null");
                continue;
            }
            for (Map.Entry<String, Double> u : e.getValue().entrySet()) {
                String up = Checker.key(kp, u.getKey());
                if (!services.contains(u.getKey())) {
                    ch.problem(up, "expected a service id from fleet.services, got " + Checker.quote(u.getKey()));
                }
                ch.range(up, u.getValue(), 0, 1);
            }
        }
        // A cycle would make "upstream first" impossible: report one service on it.
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, Map<String, Double>> e : deps.entrySet()) {
                if (!done.contains(e.getKey()) && e.getValue() != null && e.getValue().keySet().stream()
                        .allMatch(u -> done.contains(u) || !deps.containsKey(u))) {
                    done.add(e.getKey());
                    progress = true;
                }
            }
        }
        for (String k : deps.keySet()) {
            if (!done.contains(k) && deps.get(k) != null) {
                ch.problem(Checker.key(P + ".dependencies", k), "expected no dependency cycle, got one through "
                        + Checker.quote(k));
                return;
            }
        }
    }

    /** A platform action needs the part it acts on. */
    static void action(Checker ch, String path, ActionSpec a, Mechanisms m) {
        String part = KIND_PART.get(a.kind());
        if (part == null || m == null) {
            return;
        }
        PlatformMechanisms p = m.platform();
        boolean present = p != null && switch (part) {
            case "endpointDns" -> p.endpointDns() != null;
            case "leases" -> p.leases() != null;
            case "propagation" -> p.propagation() != null;
            default -> p.healthChecks() != null;
        };
        if (!present) {
            ch.problem(path + ".kind", "expected mechanisms.platform." + part + " for an action of kind " + a.kind()
                    + ", got none");
        }
    }

    static List<String> kinds() {
        return List.copyOf(KIND_PART.keySet());
    }
}
