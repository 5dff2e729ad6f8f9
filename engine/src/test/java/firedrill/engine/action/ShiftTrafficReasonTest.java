package firedrill.engine.action;

import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Simulation;
import org.junit.jupiter.api.Test;

/** Issue #21: a traffic shift that moves nothing says why instead of reporting a bare 0.0%. */
class ShiftTrafficReasonTest {
    private final ModelSpec spec = Fixtures.openai();

    @Test
    void shiftingAwayFromEveryClusterSaysThereIsNowhereToGo() {
        Simulation sim = Simulation.start(spec, 7);
        sim.submit(Command.action(spec.tickOf("14:30"), "shift-traffic", "all", null, "t"));
        sim.runUntil(spec.tickOf("15:00"));
        assertTrue(sim.messages().stream().anyMatch(m -> m.text().contains("moved no traffic: no cluster outside the targets")),
                sim.messages().stream().map(m -> m.text()).toList().toString());
        assertTrue(sim.messages().stream().noneMatch(m -> m.text().contains("moved 0.0%")));
    }
}
