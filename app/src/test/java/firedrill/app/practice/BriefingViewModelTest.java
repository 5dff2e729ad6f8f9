package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingViewModelTest {
    @Test
    void onlyGuidedPracticeNamesTheMeasures() throws Exception {
        firedrill.engine.scenario.Scenario scenario = ScenarioLoader.loadShipped("openai-2024-12-11");
        BriefingViewModel vm = new BriefingViewModel(scenario);
        vm.difficultyProperty().set(Difficulty.STANDARD);
        List<String> skills = vm.objectives();
        assertEquals(scenario.meta().learningObjectives(), skills);
        for (String measure : List.of("shed load", "shrink", "scale up", "block", "10%")) {
            assertTrue(skills.stream().noneMatch(o -> o.toLowerCase(java.util.Locale.ROOT).contains(measure)),
                    "Standard gives nothing away: " + measure + " in " + skills);
        }
        vm.difficultyProperty().set(Difficulty.PRESSURE);
        assertEquals(skills, vm.objectives());
        vm.difficultyProperty().set(Difficulty.GUIDED);
        assertEquals(scenario.meta().guidedObjectives(), vm.objectives());
        assertTrue(vm.objectives().stream().anyMatch(o -> o.contains("shed load at the network")), vm.objectives().toString());
    }

    @Test
    void tellsTheStoryAndBuildsTheSession() throws Exception {
        BriefingViewModel vm = new BriefingViewModel(ScenarioLoader.loadShipped("openai-2024-12-11"));
        assertTrue(vm.role().startsWith("You are the incident commander"));
        assertTrue(vm.briefing().contains("telemetry service"));
        assertTrue(vm.team().startsWith("4 responders on call"), vm.team());
        assertTrue(vm.team().contains("4 more, who join after 20 min"), vm.team());
        assertTrue(vm.dateLine().startsWith("11 December 2024 · starts 14:20"), vm.dateLine());
        assertEquals(5, vm.objectives().size());

        PracticeSession s = vm.session();
        assertEquals(Difficulty.STANDARD, s.difficulty());
        assertEquals(1, s.seed());
        assertEquals(Speed.X300, s.preAlertSpeed());
        assertEquals(Speed.X10, s.incidentSpeed());
        assertFalse(s.skipQuiet());
    }

    @Test
    void pressureModeLocksTheIncidentClockToRealTime() throws Exception {
        BriefingViewModel vm = new BriefingViewModel(ScenarioLoader.loadShipped("openai-2024-12-11"));
        vm.incidentSpeedProperty().set(Speed.X60);
        vm.difficultyProperty().set(Difficulty.PRESSURE);
        assertTrue(vm.incidentSpeedLockedProperty().get());
        assertEquals(Speed.X1, vm.session().incidentSpeed());
        vm.difficultyProperty().set(Difficulty.GUIDED);
        assertFalse(vm.incidentSpeedLockedProperty().get());
        assertEquals(Speed.X10, vm.incidentSpeedProperty().get());
        vm.preAlertProperty().set(BriefingViewModel.PreAlert.SKIP);
        assertTrue(vm.session().skipQuiet());
    }

    @Test
    void theSeedMustBeAWholeNumber() throws Exception {
        BriefingViewModel vm = new BriefingViewModel(ScenarioLoader.loadShipped("openai-2024-12-11"));
        vm.seedTextProperty().set("42");
        assertEquals(42, vm.session().seed());
        vm.seedTextProperty().set("forty-two");
        assertFalse(vm.seedValidProperty().get());
        assertFalse(vm.canStartBinding().get());
        assertNull(vm.session());
    }
}
