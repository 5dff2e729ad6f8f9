package firedrill.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioValidator;
import firedrill.engine.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated-configuration-artifact mechanism, on the Cloudflare scenario's fleet. */
class ConfigArtifactTest {
    private static final ModelSpec SPEC = Fixtures.shipped("cloudflare-2025-11-18");

    private static double fl2Served(Simulation sim) {
        FleetState s = sim.model().state();
        double min = 1;
        for (int c = 0; c < s.n; c++) {
            if ("fl2".equals(SPEC.layout().version(c))) {
                min = Math.min(min, s.consumerOk[c]);
            }
        }
        return min;
    }

    @Test
    void aBuildIsBadWithTheShareOfSourceNodesThatRunTheChange() {
        FleetState s = new FleetState(SPEC.layout());
        ConfigArtifact a = ConfigArtifact.of(SPEC, 1, s);
        Mechanisms.ConfigArtifact p = SPEC.mechanisms().configArtifact();
        int start = SPEC.tickOf(p.sourceChangeAt());
        assertEquals(0, a.changedShare(start - 1));
        assertEquals(p.sourceInitialShare(), a.changedShare(start), 1e-12);
        assertEquals(1, a.changedShare(start + (int) Math.round(p.sourceRolloutSeconds())), 1e-12);
        double prev = 0;
        for (int t = start; t < SPEC.horizonTick(); t += 300) {
            assertTrue(a.changedShare(t) >= prev, "the changed share only grows");
            prev = a.changedShare(t);
        }
    }

    @Test
    void stoppingThenPushingAGoodFileKeepsEveryProxyServingWhileAGoodFileAloneIsReplaced() {
        for (long seed = 1; seed <= 5; seed++) {
            Simulation fixed = Fixtures.run(SPEC, seed, List.of(Fixtures.at(SPEC, "14:00", "stop-feature-file", null),
                    Fixtures.at(SPEC, "14:00", "push-good-file", null)));
            FleetState s = fixed.model().state();
            for (int c = 0; c < s.n; c++) {
                assertTrue(!s.artifact.bad[c], SPEC.layout().id(c) + " still has a bad file in seed " + seed);
            }
            double wedge = SPEC.mechanisms().configArtifact().wedgeShare();
            assertTrue(fl2Served(fixed) >= 1 - 0.9 * wedge - 1e-9, "only wedged proxies still fail: " + fl2Served(fixed));
            assertTrue(fl2Served(fixed) < 1, "three hours of crash loop leave wedged proxies until restarted");

            Simulation pushOnly = Fixtures.run(SPEC, seed, List.of(Fixtures.at(SPEC, "14:00", "push-good-file", null)));
            assertTrue(fl2Served(pushOnly) < 0.5, "every build after 15:11 is bad: the good file was replaced");
        }
    }

    @Test
    void restartsClearWedgedProxiesOnlyOnceTheFileIsGood() {
        Command stop = Fixtures.at(SPEC, "14:00", "stop-feature-file", null);
        Command push = Fixtures.at(SPEC, "14:00", "push-good-file", null);
        Command restart = Command.action(SPEC.tickOf("14:30"), "restart-proxies", "version:fl2", null, "test");
        Simulation sim = Fixtures.run(SPEC, 1, List.of(stop, push, restart));
        assertEquals(1, fl2Served(sim), 1e-12, "restarted after the fix, every FL2 group serves again");
        assertEquals(0, sim.model().state().artifact.waiting(), "the restart line is empty");

        Simulation early = Fixtures.run(SPEC, 1, List.of(Command.action(SPEC.tickOf("11:45"), "restart-proxies",
                "version:fl2", null, "test")));
        assertTrue(fl2Served(early) < 0.5, "a restart on the bad file crashes again");
    }

    @Test
    void routingAServiceToTheFallbackMovesOnlyThatService() {
        Simulation sim = Fixtures.run(SPEC, 1, List.of(Command.action(SPEC.tickOf("11:40"), "bypass-to-fl",
                "service:workers-kv", null, "test")));
        FleetState s = sim.model().state();
        int kv = SPEC.layout().serviceIndex("workers-kv");
        int cdn = SPEC.layout().serviceIndex("cdn");
        double kvOnFl2 = 0;
        double cdnOnFl2 = 0;
        double cdnBaseline = 0;
        for (int c = 0; c < s.n; c++) {
            if ("fl2".equals(SPEC.layout().version(c))) {
                kvOnFl2 += s.share[kv][c];
                cdnOnFl2 += s.share[cdn][c];
                cdnBaseline += SPEC.layout().share(cdn, c);
            }
        }
        assertEquals(0, kvOnFl2, 1e-9, "all Workers KV traffic left FL2");
        assertEquals(cdnBaseline, cdnOnFl2, 1e-12, "core traffic stayed where it was");
        assertTrue(sim.model().availability(kv) > 0.99, "KV served by FL: " + sim.model().availability(kv));
    }

    @Test
    void theVersionSelectorResolvesLargestFirst() {
        int[] fl = Targets.resolve("version:fl", SPEC.layout());
        assertEquals(20, fl.length);
        for (int i = 1; i < fl.length; i++) {
            assertTrue(SPEC.layout().nodes(fl[i - 1]) >= SPEC.layout().nodes(fl[i]));
            assertEquals("fl", SPEC.layout().version(fl[i]));
        }
    }

    @Test
    void scenariosWithoutTheMechanismHaveNoArtifactState() {
        Simulation sim = Fixtures.run(Fixtures.openai(), 1, List.of());
        assertNull(sim.model().state().artifact);
        for (double ok : sim.model().state().consumerOk) {
            assertEquals(1.0, ok);
        }
    }

    @Test
    void consumersNamingUnknownVersionsAreRefusedWithTheirPath() {
        Scenario s = SPEC.scenario();
        Mechanisms m = s.mechanisms();
        Mechanisms.ConfigArtifact a = m.configArtifact();
        Mechanisms.ConfigArtifact bad = new Mechanisms.ConfigArtifact(a.sourceChangeAt(), a.sourceInitialShare(),
                a.sourceRolloutSeconds(), a.cycleSeconds(), 400.0, List.of(
                        new Mechanisms.ConfigArtifact.Consumer("fl3", "crash", 0.9),
                        new Mechanisms.ConfigArtifact.Consumer("fl", "explode", 0.1)),
                a.wedgeShare(), a.wedgeAfterSeconds(), a.restartSeconds(), a.restartTasks(), a.storeSeats(),
                a.fetchSeconds(), 0.5, a.fetchRetrySeconds(), a.fetchBackoff(), "fl9");
        Mechanisms m2 = new Mechanisms(m.controlPlane(), m.telemetry(), m.dns(), m.dataPlane(), m.observation(),
                m.network(), m.repair(), m.backlog(), bad);
        Scenario s2 = new Scenario(s.format(), s.meta(), s.fleet(), m2, s.timeline(), s.alerts(), s.actions(), s.team(),
                s.realTimeline(), s.referencePlaybook(), s.discussion(), s.assumptions());
        List<String> paths = ScenarioValidator.validate("x.json", s2).stream().map(Problem::path).toList();
        assertEquals(List.of("$.mechanisms.configArtifact.propagationSeconds",
                "$.mechanisms.configArtifact.fetchPatienceSeconds", "$.mechanisms.configArtifact.fallbackVersion",
                "$.mechanisms.configArtifact.consumers[0].version", "$.mechanisms.configArtifact.consumers[1].onBad"),
                paths);
    }
}
