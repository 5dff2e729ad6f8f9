package firedrill.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.Fixtures;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.StrategySuite;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    @Test
    void theDnsGraceMovesTheImpactMilestonesAndTheAgentsRemovalTimeDoesNot() throws Exception {
        Scenario s = Fixtures.openai().scenario();
        ObjectNode tree = ScenarioTree.of(s);
        List<Parameter> params = List.of(Parameter.parse("mechanisms.dns.graceSeconds", tree),
                Parameter.parse("mechanisms.telemetry.removalSeconds", tree));
        StrategySuite suite = StrategySuite.shipped(s);
        assertFalse(suite.strategies().isEmpty());
        AtomicInteger last = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        Sensitivity.Result r = Sensitivity.run(s, params, suite, new Sensitivity.Options(0.2, 2, 1, 1), (d, t) -> {
            last.accumulateAndGet(d, Math::max);
            total.set(t);
        }, () -> false);
        assertEquals(total.get(), last.get());
        assertEquals(5 * (2 + suite.strategies().size()), r.runs());
        Sensitivity.Row grace = row(r, "$.mechanisms.dns.graceSeconds");
        Sensitivity.Row removal = row(r, "$.mechanisms.telemetry.removalSeconds");
        assertEquals("384", grace.low().value());
        assertEquals("576", grace.high().value());
        assertTrue(grace.pinnedByTimeline(), "±20% of the grace moves a milestone by " + grace.maxShiftMinutes());
        int impact = index(r, "api-impact");
        assertTrue(r.shiftMinutes(grace.high(), impact) > 0, "a longer grace delays the impact");
        assertFalse(removal.pinnedByTimeline(), "±12 s of removal moves a milestone by " + removal.maxShiftMinutes());
        assertEquals(grace, r.rows().get(0), "the tornado puts the larger effect first");
        // Every claim of the suite holds in the baseline (StrategySuiteTest checks 20 seeds).
        for (int h : r.baselineClaimHolds()) {
            assertEquals(1, h);
        }
    }

    /**
     * The sensitivity reuses the baseline's strategy results for observation parameters: it holds only
     * because the fleet never reads what the team observes. A stuck strategy with samples lost far more
     * often ends exactly as the baseline does.
     */
    @Test
    void observationParametersDoNotChangeWhatHappensToTheFleet() throws Exception {
        Scenario s = Fixtures.openai().scenario();
        ObjectNode tree = ScenarioTree.of(s);
        Parameter gaps = Parameter.parse("mechanisms.observation.gapProbability", tree);
        assertTrue(Sensitivity.observationOnly(gaps));
        assertFalse(Sensitivity.observationOnly(Parameter.parse("mechanisms.dns.graceSeconds", tree)));
        firedrill.engine.model.ModelSpec base = new firedrill.engine.model.ModelSpec(s);
        firedrill.engine.model.ModelSpec moved = new firedrill.engine.model.ModelSpec(
                ScenarioTree.apply(tree, List.of(gaps), new double[] {0.95}, "gaps").scenario());
        StrategySuite.Strategy stuck = StrategySuite.shipped(s).strategies().stream()
                .filter(x -> x.name().equals("rollback-only.json")).findFirst().orElseThrow();
        firedrill.engine.score.RunOutcome a = firedrill.engine.score.RunOutcome.of(firedrill.engine.sim.Playbooks.run(base, 3,
                firedrill.engine.sim.Playbooks.commands(stuck.playbook(), base, "t"), base.horizonTick()));
        firedrill.engine.score.RunOutcome b = firedrill.engine.score.RunOutcome.of(firedrill.engine.sim.Playbooks.run(moved, 3,
                firedrill.engine.sim.Playbooks.commands(stuck.playbook(), moved, "t"), moved.horizonTick()));
        assertEquals(a.services(), b.services());
        assertEquals(a.allClustersRecovered(), b.allClustersRecovered());
        assertEquals(a.clustersFailed(), b.clustersFailed());
    }

    private static Sensitivity.Row row(Sensitivity.Result r, String path) {
        return r.rows().stream().filter(x -> x.parameter().expression().equals(path)).findFirst().orElseThrow();
    }

    private static int index(Sensitivity.Result r, String id) {
        for (int i = 0; i < r.baseline().rows().size(); i++) {
            if (r.baseline().rows().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
