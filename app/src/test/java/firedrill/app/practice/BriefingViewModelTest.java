package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class BriefingViewModelTest {
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
