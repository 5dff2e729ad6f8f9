package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guided mode's hints follow what the trainee can see and has done. */
class HintsTest {
    @Test
    void hintsMoveOnAsTheTraineeActs() throws Exception {
        ModelSpec spec = new ModelSpec(ScenarioLoader.loadShipped("openai-2024-12-11"));
        Simulation sim = Simulation.start(spec, 1);
        assertTrue(Hints.of(sim.snapshot(), spec).startsWith("Quiet so far"));
        sim.runUntil(spec.tickOf("15:18"));
        assertTrue(Hints.of(sim.snapshot(), spec).contains("pause the rollout"));
        sim.submit(Command.action(0, "pause-rollout", null, Map.of(), "t"));
        sim.submit(Command.action(0, "rollback-telemetry", "all", Map.of(), "t"));
        sim.runUntil(spec.tickOf("15:35"));
        String h = Hints.of(sim.snapshot(), spec);
        assertTrue(h.contains("do not need the Kubernetes API"), h);
        sim.submit(Command.action(0, "block-admin-api", "largest:3", Map.of(), "t"));
        sim.runUntil(spec.tickOf("15:36"));
        h = Hints.of(sim.snapshot(), spec);
        assertTrue(!h.contains("do not need the Kubernetes API"), h);
    }
}
