package firedrill.engine.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.model.Targets;
import firedrill.engine.sim.Simulation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Execution modes, per-target effects, lanes of responders and per-action random streams. */
class ExecutionModesTest {
    private final ModelSpec spec = Fixtures.openai();

    private Simulation sim(Command... commands) {
        Simulation sim = Simulation.start(spec, 7);
        for (Command c : commands) {
            sim.submit(c);
        }
        return sim;
    }

    private ActionRecord record(Simulation sim, int seq) {
        return sim.actionRecords().stream().filter(r -> r.seq() == seq).findFirst().orElseThrow();
    }

    @Test
    void targetOrderIsListOrderForClusterListsAndLargestFirstOtherwise() {
        int[] list = Targets.resolve("cluster:infra-south-01,gpt-eastus-01,infra-south-01", spec.layout());
        assertArrayEquals(new int[] {spec.layout().indexOf("infra-south-01"), spec.layout().indexOf("gpt-eastus-01")}, list);
        int[] all = Targets.resolve("all", spec.layout());
        for (int i = 1; i < all.length; i++) {
            assertTrue(spec.layout().nodes(all[i - 1]) >= spec.layout().nodes(all[i]), "largest first at " + i);
        }
        int[] region = Targets.resolve("region:us-east", spec.layout());
        assertEquals(spec.layout().indexOf("gpt-eastus-01"), region[0]);
    }

    @Test
    void manualBlockTakesEffectClusterByClusterAndShowsDoneOfTargets() {
        int at = spec.tickOf("14:30");
        Simulation sim = sim(Command.action(at, "block-admin-api", "largest:3", null, "manual", null, "t"));
        int first = spec.layout().largest(0);
        int second = spec.layout().largest(1);
        sim.runUntil(at + 346);
        assertEquals(0, sim.model().state().admitted[first], "first target blocked after 5 min ±15%");
        assertEquals(1, sim.model().state().admitted[second], "second not yet");
        ActionRecord r = record(sim, 0);
        assertEquals(Outcome.RUNNING, r.outcome());
        assertEquals(1, r.done());
        assertEquals(3, r.targets());
        assertEquals(1, r.held());
        sim.runUntil(at + 5 * 60 + 2 * 60 + 60);
        assertEquals(0, sim.model().state().admitted[second], "second blocked ~2 min later (±15%)");
        sim.runUntil(at + 20 * 60);
        r = record(sim, 0);
        assertEquals(Outcome.SUCCEEDED, r.outcome());
        assertEquals(3, r.done());
        assertTrue(r.firstEffectTick() < r.lastEffectTick());
    }

    @Test
    void automatedFleetBlockLandsEverywhereAfterPrepareAndPropagation() {
        int at = spec.tickOf("14:30");
        Simulation sim = sim(Command.action(at, "block-admin-api", "all", null, "automated", null, "t"));
        sim.runUntil(at + 3 * 60);
        ActionRecord r = record(sim, 0);
        assertEquals("automated", r.mode());
        assertEquals(1, r.held(), "one responder prepares the change");
        sim.runUntil(at + 8 * 60);
        r = record(sim, 0);
        assertEquals(Outcome.SUCCEEDED, r.outcome(), "4 min ±15% + 1 min for every cluster at once");
        assertEquals(r.targets(), r.done());
        assertEquals(0, sim.desk().busy());
        for (int c = 0; c < spec.layout().clusters(); c++) {
            assertEquals(0, sim.model().state().admitted[c]);
        }
    }

    @Test
    void defaultModeComesFromTheScenario() {
        int at = spec.tickOf("14:30");
        Simulation sim = sim(Command.action(at, "block-admin-api", "all", null, "t"),
                Command.action(at, "delete-telemetry", "largest:2", null, "t"));
        sim.runUntil(at + 1);
        assertEquals("automated", record(sim, 0).mode());
        assertEquals("manual", record(sim, 1).mode());
    }

    @Test
    void severalRespondersSplitTheListAndAreReleasedWhenTheirLaneIsDone() {
        int at = spec.tickOf("14:30");
        Command one = Command.action(at, "restart-coredns", "largest:8", null, "manual", 1, "t");
        Command four = Command.action(at, "restart-coredns", "largest:8", null, "manual", 4, "t");
        Simulation a = sim(one);
        Simulation b = sim(four);
        a.runUntil(spec.horizonTick() > at + 3600 ? at + 3600 : spec.horizonTick());
        b.runUntil(at + 3600);
        ActionRecord ra = record(a, 0);
        ActionRecord rb = record(b, 0);
        assertEquals(Outcome.SUCCEEDED, ra.outcome());
        assertEquals(Outcome.SUCCEEDED, rb.outcome());
        assertTrue(rb.endTick() - rb.startTick() < ra.endTick() - ra.startTick(),
                "four lanes finish sooner: " + (rb.endTick() - rb.startTick()) + " s vs " + (ra.endTick() - ra.startTick()) + " s");
        b = sim(four);
        b.runUntil(at + 1);
        assertEquals(4, b.desk().busy(), "four responders on it");
    }

    @Test
    void anActionAskingForMoreThanAreFreeStartsWithWhoIsFree() {
        int at = spec.tickOf("14:30");
        Simulation sim = sim(Command.action(at, "status-update", null, null, "t"),
                Command.action(at, "escalate", null, null, "t"),
                Command.action(at, "restart-coredns", "largest:8", null, "manual", 4, "t"));
        sim.runUntil(at + 1);
        ActionRecord r = record(sim, 2);
        assertEquals(Outcome.RUNNING, r.outcome());
        assertEquals(2, r.held(), "two of four responders are busy elsewhere");
        int most = 0;
        while (record(sim, 2).outcome() == Outcome.RUNNING) {
            sim.step();
            most = Math.max(most, record(sim, 2).held());
        }
        assertTrue(most >= 3, "the others join as they free up: at most " + most + " held");
    }

    @Test
    void badExecutionChoicesAreRejectedWithTheReason() {
        int at = spec.tickOf("14:30");
        Simulation sim = sim(Command.action(at, "escalate", null, null, "automated", null, "t"),
                Command.action(at, "block-admin-api", "all", null, "automated", 3, "t"),
                Command.action(at, "delete-telemetry", "all", null, "manual", 99, "t"));
        sim.runUntil(at + 1);
        assertTrue(record(sim, 0).reason().contains("no automated mode"), record(sim, 0).reason());
        assertTrue(record(sim, 1).reason().contains("prepared by one responder"), record(sim, 1).reason());
        assertTrue(record(sim, 2).reason().contains("between 1 and 8"), record(sim, 2).reason());
    }

    @Test
    void aPartialFailureKeepsTheDoneTargetsEffects() {
        // 15:30: the largest clusters are locked out, small ones answer.
        int at = spec.tickOf("15:30");
        Simulation sim = sim(Command.action(at, "delete-telemetry", "cluster:gpt-eastus-01,infra-south-01", null,
                "automated", null, "t"));
        sim.runToEnd();
        ActionRecord r = record(sim, 0);
        assertEquals(Outcome.PARTIAL, r.outcome(), r.reason());
        assertEquals(List.of("infra-south-01"), r.succeeded());
        assertEquals(List.of("gpt-eastus-01"), r.failed());
        assertTrue(sim.model().state().agentRemoved[spec.layout().indexOf("infra-south-01")]);
    }

    @Test
    void theEstimateMatchesTheRunWithoutJitter() {
        int at = spec.tickOf("14:30");
        Command cmd = Command.action(at, "block-admin-api", "largest:3", null, "manual", null, "t");
        Simulation sim = Simulation.start(spec, 7);
        sim.runUntil(at - 1);
        ExecutionPlan.Estimate e = sim.desk().estimate(cmd, at, sim.model());
        assertTrue(e.ok(), e.problem());
        assertEquals(at + 5 * 60, e.firstEffectTick());
        assertEquals(at + 9 * 60, e.lastEffectTick());
        assertEquals(1, e.responders());
        assertEquals(at + 9 * 60, e.releaseTick());
        String line = e.describe(spec);
        assertTrue(line.startsWith("first effect ~14:35, last ~14:39, holds 1 responder until 14:39"), line);
        sim.submit(cmd);
        sim.runUntil(at + 20 * 60);
        ActionRecord r = record(sim, 0);
        assertTrue(Math.abs(r.firstEffectTick() - e.firstEffectTick()) <= 0.15 * 5 * 60 + 1);
        assertTrue(Math.abs(r.lastEffectTick() - e.lastEffectTick()) <= 0.15 * 9 * 60 + 1);

        ExecutionPlan.Estimate fleet = sim.desk().estimate(Command.action(at, "block-admin-api", "all", null, "t"),
                sim.tick(), sim.model());
        assertEquals(sim.tick() + 5 * 60, fleet.firstEffectTick(), "prepare 4 min + 1 min propagation");
        assertEquals(fleet.firstEffectTick(), fleet.lastEffectTick());
        ExecutionPlan.Estimate api = sim.desk().estimate(Command.action(at, "delete-telemetry", "largest:2", null, "t"),
                sim.tick(), sim.model());
        assertTrue(api.describe(spec).contains("if the API keeps answering at"), api.describe(spec));
    }

    @Test
    void changingOneActionDoesNotReshuffleTheJitterOfAnother() {
        int at = spec.tickOf("14:30");
        Command later = Command.action(at + 600, "scale-down-cluster", "cluster:infra-south-01", Map.of("fraction", 0.5),
                "manual", null, "t");
        Simulation a = sim(Command.action(at, "restart-coredns", "largest:2", null, "manual", null, "t"), later);
        Simulation b = sim(Command.action(at, "restart-coredns", "largest:9", null, "manual", null, "t"), later);
        a.runUntil(at + 3600);
        b.runUntil(at + 3600);
        assertEquals(record(a, 1).endTick() - record(a, 1).startTick(), record(b, 1).endTick() - record(b, 1).startTick(),
                "the second action's hands-on time is drawn from its own stream");
        assertNotNull(record(a, 1));
    }
}
