package firedrill.app.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring a finished run and what the results screen shows (no toolkit). */
class ResultsViewModelTest {
    static ModelSpec spec;
    static RunResult result;
    static List<Command> commands;

    @BeforeAll
    static void run() throws Exception {
        Scenario s = ScenarioLoader.loadShipped("openai-2024-12-11");
        spec = new ModelSpec(s);
        commands = Playbooks.commands(s.referencePlaybook(), spec, "trainee");
        // The trainee stops at 17:00; the rest of the day is projected with no further actions.
        Simulation sim = Simulation.start(spec, 3);
        int end = spec.tickOf("17:00");
        for (Command c : commands) {
            if (c.tick() <= end) {
                sim.submit(c);
            }
        }
        sim.runUntil(end);
        result = RunResults.compute(new FinishedRun(spec, 3, sim, end, "You ended the exercise", "Standard"));
    }

    @Test
    void projectsTheRunToTheHorizonAndMatchesAHeadlessRunOfTheSameLog() {
        Simulation headless = Playbooks.run(spec, 3, result.commandLog(), spec.horizonTick());
        RunOutcome o = RunOutcome.of(headless);
        assertEquals(o.service("api").fullRecovery(), result.outcome().service("api").fullRecovery());
        assertEquals(spec.horizonTick(), result.outcome().endTick());
        assertEquals(spec.tickOf("17:00"), result.endTick());
        assertNotNull(result.reference(), "the shipped scenario has a reference playbook");
    }

    @Test
    void showsMilestonesDecisionsAndBreakdown() {
        ResultsViewModel vm = new ResultsViewModel(result, 900.0, true);
        assertEquals("You ended the exercise", vm.headline());
        assertTrue(vm.subline().contains("17:00"), vm.subline());
        assertEquals(spec.scenario().realTimeline().stream().filter(m -> m.measure() != null).count(), vm.milestones().size());
        assertEquals(result.outcome().actions().size(), vm.decisions().size());
        assertEquals(3, vm.services().size());
        assertEquals("api", vm.featuredService());
        assertEquals("19:38", vm.realTime("fullRecovery:api"));
        assertTrue(vm.bestNote().startsWith("New personal best"), vm.bestNote());
        assertTrue(vm.chartStart() < vm.chartEnd());
        assertFalse(vm.markers().isEmpty());
        String shown = vm.fullRecovery("api");
        int t = result.outcome().service("api").fullRecovery();
        assertEquals(t < 0 ? "never" : spec.timeOf(t), shown);
    }

    @Test
    void recoveriesEarlierThanTheRealTeamAreLabelledEarlyNotAsMisses() throws Exception {
        ResultsViewModel vm = new ResultsViewModel(DebriefFixtures.fastResponse(), null, false);
        ResultsViewModel.MilestoneRow api = vm.milestones().stream().filter(m -> m.label().startsWith("API fully recovered"))
                .findFirst().orElseThrow();
        assertFalse(api.withinTolerance(), "hours before the real team");
        assertEquals("✓ early", api.standing());
        assertEquals(Boolean.TRUE, api.good(), "shown green");
        assertTrue(vm.milestonesEarly() >= 1);
        assertEquals(0, vm.milestones().stream().filter(m -> "late".equals(m.standing())).count());
        for (ResultsViewModel.MilestoneRow m : vm.milestones()) {
            assertFalse(m.standing().contains("outside tolerance"), "no milestone reads as a miss for being early: " + m);
        }
    }
}
