package firedrill.engine.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Message;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps on any action kind: by hand, and as the preparation of an automated change. */
class MultiStepActionsTest {
    private static final ModelSpec SPEC = Fixtures.shipped("cloudflare-2025-11-18");

    @Test
    void anAutomatedChangeWorksThroughItsStepsBeforeItsRollout() {
        int at = SPEC.tickOf("12:00");
        Command bypass = Command.action(at, "bypass-to-fl", "service:workers-kv", null, "test");
        var estimate = SPEC.scenario().action("bypass-to-fl");
        assertEquals(2, estimate.steps().size());
        assertEquals(600, ExecutionPlan.prepare(estimate), "the steps (6 + 4 min) replace prepare");

        Simulation sim = Playbooks.run(SPEC, 1, List.of(bypass), at + 3 * 60);
        ActionRecord running = sim.desk().inFlight(sim.tick()).get(0);
        assertEquals(Outcome.RUNNING, running.outcome());
        assertEquals("step 1/2: Patch the service's gateway to use FL", running.reason(),
                "the in-flight view shows the step in work");

        Simulation done = Playbooks.run(SPEC, 1, List.of(bypass), at + 20 * 60);
        List<Message> msgs = done.messages().stream().filter(m -> m.text().contains("bypass-to-fl")).toList();
        int step1 = tickOf(msgs, "step 1/2 done");
        int step2 = tickOf(msgs, "step 2/2 done");
        int launched = tickOf(msgs, "launched on");
        assertTrue(at < step1 && step1 < step2 && step2 <= launched, msgs.toString());
        assertTrue(Math.abs(launched - at - 600) <= 0.15 * 600 + 2, "launch ~10 min after start: " + (launched - at));
        ActionRecord finished = done.actionRecords().get(0);
        assertEquals(Outcome.SUCCEEDED, finished.outcome(), finished.reason());
        assertEquals("", finished.reason(), "a finished action's reason is its own again");
    }

    @Test
    void aFleetActionByHandReportsEachStep() {
        int at = SPEC.tickOf("12:00");
        Simulation sim = Playbooks.run(SPEC, 1, List.of(Command.action(at, "push-good-file", null, null, "test")),
                at + 30 * 60);
        List<Message> msgs = sim.messages().stream().filter(m -> m.text().contains("push-good-file")).toList();
        assertTrue(tickOf(msgs, "step 1/3 done") < tickOf(msgs, "step 2/3 done"));
        assertTrue(tickOf(msgs, "step 3/3 done") <= tickOf(msgs, "succeeded"), msgs.toString());
    }

    private static int tickOf(List<Message> msgs, String text) {
        return msgs.stream().filter(m -> m.text().contains(text)).mapToInt(Message::tick).findFirst()
                .orElseThrow(() -> new AssertionError("no message with \"" + text + "\" in " + msgs));
    }
}
