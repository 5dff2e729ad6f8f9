package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mechanisms.platform and the actions that act on it: checked with their paths (issue 16). */
class PlatformValidationTest {
    private static Scenario aws() throws Exception {
        return ScenarioLoader.loadShipped("aws-2025-10-20");
    }

    private static Scenario with(Scenario s, Mechanisms m) {
        return new Scenario(s.format(), s.meta(), s.fleet(), m, s.timeline(), s.alerts(), s.actions(), s.team(),
                s.realTimeline(), s.referencePlaybook(), s.discussion(), s.assumptions());
    }

    private static Mechanisms withPlatform(Mechanisms m, PlatformMechanisms p) {
        return new Mechanisms(m.controlPlane(), m.telemetry(), m.dns(), m.dataPlane(), m.observation(), m.network(),
                m.repair(), m.backlog(), p);
    }

    private static List<String> problems(Scenario s) {
        return ScenarioValidator.validate("s.json", s).stream().map(Problem::toString).toList();
    }

    @Test
    void theShippedScenarioIsValid() throws Exception {
        assertEquals(List.of(), problems(aws()));
    }

    @Test
    void dependenciesNameKnownServicesWithWeightsAndNoCycle() throws Exception {
        Scenario s = aws();
        PlatformMechanisms p = s.mechanisms().platform();
        Map<String, Map<String, Double>> deps = new LinkedHashMap<>();
        deps.put("lambda", Map.of("sts", 1.0));
        deps.put("sts", Map.of("lambda", 0.5));
        deps.put("nope", Map.of("dynamodb", 2.0));
        List<String> got = problems(with(s, withPlatform(s.mechanisms(), new PlatformMechanisms(deps, p.endpointDns(),
                p.leases(), p.propagation(), p.healthChecks()))));
        assertTrue(got.contains("s.json: $.mechanisms.platform.dependencies.nope: expected a service id from fleet.services,"
                + " got \"nope\""), got.toString());
        assertTrue(got.contains("s.json: $.mechanisms.platform.dependencies.nope.dynamodb: expected a number in [0, 1], got 2"),
                got.toString());
        assertTrue(got.stream().anyMatch(x -> x.contains("expected no dependency cycle")), got.toString());
    }

    @Test
    void partsCheckTheirServicesTimesAndRanges() throws Exception {
        Scenario s = aws();
        PlatformMechanisms p = s.mechanisms().platform();
        PlatformMechanisms bad = new PlatformMechanisms(p.dependencies(),
                new PlatformMechanisms.EndpointDns("ddb", "22:00", 0.0, 900.0, null),
                new PlatformMechanisms.Leases(null, null, 100.0, 60.0, 60.0, 1.0, 10.0, 1.0, 0.0),
                p.propagation(), new PlatformMechanisms.HealthChecks("nlb", 1.5, 0.3, 0.1, 0.1));
        List<String> got = problems(with(s, withPlatform(s.mechanisms(), bad)));
        assertTrue(got.contains("s.json: $.mechanisms.platform.endpointDns.service: expected a service id from"
                + " fleet.services, got \"ddb\""), got.toString());
        assertTrue(got.stream().anyMatch(x -> x.startsWith("s.json: $.mechanisms.platform.endpointDns.raceAt: expected a time"
                + " between meta.start")), got.toString());
        assertTrue(got.contains("s.json: $.mechanisms.platform.endpointDns.ttlSeconds: expected a number in [1, 86400], got 0"),
                got.toString());
        assertTrue(got.contains("s.json: $.mechanisms.platform.leases.timeoutSeconds: expected a number in [2, 86400], got 1"),
                got.toString());
        assertTrue(got.contains("s.json: $.mechanisms.platform.healthChecks.delayAbove: expected a number in [0, 1], got 1.5"),
                got.toString());
    }

    @Test
    void aPlatformActionNeedsThePartItActsOn() throws Exception {
        Scenario s = aws();
        List<String> got = problems(with(s, withPlatform(s.mechanisms(), null)));
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7}) {
            assertTrue(got.stream().anyMatch(x -> x.startsWith("s.json: $.actions[" + i + "].kind: expected mechanisms.platform.")),
                    i + ": " + got);
        }
    }
}
