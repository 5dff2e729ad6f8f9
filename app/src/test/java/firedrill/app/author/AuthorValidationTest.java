package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.ManualTaskExecutor;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor validates after a pause in typing, off the FX thread, and drops a result that belongs to
 * an older version of the scenario. Validation tasks wait in a manual executor until the test runs them;
 * the debounce is the editor's real PauseTransition (the test waits for its task to appear, never sleeps).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AuthorValidationTest {
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();
    private AuthorViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AuthorViewModel(new ScenarioDocument(ScenarioFiles.template(), ScenarioDocument.Origin.NEW, null), tasks);
    }

    private void awaitPending(int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.pending() == n);
    }

    @Test
    void aBurstOfEditsIsValidatedOnceAndAStaleResultIsDropped(FxRobot robot) throws Exception {
        assertEquals(1, tasks.pending(), "the opened document is validated at once");
        robot.interact(tasks::runNext);
        assertTrue(vm.problems().isEmpty());
        assertFalse(vm.validatingProperty().get());

        // Five keystrokes in one go: no validation yet, then one after the pause.
        robot.interact(() -> {
            for (int n = 1; n <= 5; n++) {
                vm.set("$.fleet.clusters[0].nodes", -n);
            }
        });
        assertTrue(vm.validatingProperty().get());
        assertEquals(0, tasks.pending(), "nothing is validated while the author types");
        awaitPending(1);
        assertEquals(2, tasks.submitted(), "one validation for the whole burst");

        // Another edit before that validation ran: its (older) result must not be shown.
        robot.interact(() -> vm.set("$.fleet.clusters[0].nodes", 5000));
        robot.interact(tasks::runNext); // the result for nodes = -5
        assertTrue(vm.problems().isEmpty(), "a result for an older version is dropped: " + vm.problems());
        assertTrue(vm.validatingProperty().get());
        awaitPending(1);
        robot.interact(tasks::runNext);
        assertFalse(vm.validatingProperty().get());
        assertTrue(vm.problems().isEmpty());

        // And a current result is shown.
        robot.interact(() -> vm.set("$.fleet.clusters[0].nodes", -7));
        awaitPending(1);
        robot.interact(tasks::runNext);
        assertEquals(1, vm.problems().size(), vm.problems()::toString);
        assertEquals("$.fleet.clusters[0].nodes", vm.problems().get(0).path());
        robot.interact(vm::dispose);
    }
}
