package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** ui-bench's fleet: the shipped scenario scaled to N clusters (the bench itself needs a display). */
class UiBenchCommandTest {
    @Test
    void scalesTheShippedFleet() throws Exception {
        Scenario base = ScenarioLoader.loadShipped(UiBenchCommand.BASE_SCENARIO);
        Scenario big = UiBenchCommand.withClusters(base, 1000);
        assertEquals(1000, new ModelSpec(big).layout().clusters());
        assertEquals(base.meta().title(), big.meta().title());
        assertEquals(base.actions(), big.actions());
    }

    @Test
    void rejectsSillySizes() {
        assertEquals(Cli.BAD_INPUT, Cli.run("ui-bench", "--clusters", "0"));
    }
}
