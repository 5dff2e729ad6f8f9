package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.ManualTaskExecutor;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill set-up reads and resumes on the executor's workers; the FX side only binds. */
class DrillSetupViewModelTest {
    @TempDir
    Path data;

    @Test
    void loadsInTheBackgroundAndIsBusyUntilThen() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        DrillSetupViewModel vm = new DrillSetupViewModel(new DrillStore(data), tasks);
        assertTrue(vm.busyProperty().get());
        assertTrue(vm.scenarios().isEmpty(), "nothing read on the constructing thread");
        assertFalse(vm.canStartProperty().get());
        tasks.runNext();
        assertFalse(vm.busyProperty().get());
        assertEquals(ScenarioLoader.shippedIds().size(), vm.scenarios().size());
        assertEquals("openai-2024-12-11", vm.scenarioProperty().get().id());
        assertNull(vm.interruptedProperty().get());
        assertTrue(vm.canStartProperty().get());
    }

    @Test
    void resumesAnInterruptedDrillByReplayingItsLogOffTheCallersThread() throws Exception {
        try (Drill d = Drill.start(DrillCrashChild.setup(), new DrillStore(data))) {
            DrillReportTest.at(d, "15:05");
            d.decide("Dana", DrillRecord.INCIDENT_COMMANDER, "status-update", null, java.util.Map.of());
            d.saveNow().get(10, TimeUnit.SECONDS);
        }
        DrillRecord saved = new DrillStore(data).interrupted().record();
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        DrillSetupViewModel vm = new DrillSetupViewModel(new DrillStore(data), tasks);
        tasks.runNext();
        assertNotNull(vm.interruptedProperty().get());
        assertTrue(vm.describeInterrupted().contains("1 decision"), vm.describeInterrupted());

        AtomicReference<Drill> resumed = new AtomicReference<>();
        vm.resume(resumed::set);
        assertTrue(vm.busyProperty().get());
        assertNull(resumed.get(), "the replay waits for a worker");
        assertEquals(1, tasks.pending());
        tasks.runNext();
        assertFalse(vm.busyProperty().get());
        try (Drill d = resumed.get()) {
            assertNotNull(d, vm.problemProperty().get());
            assertEquals(saved.tick(), d.frame().tick());
            assertEquals(1, d.decisions().size());
        }
    }

    @Test
    void settingTheDrillAsideHappensOnAWorker() throws Exception {
        try (Drill d = Drill.start(DrillCrashChild.setup(), new DrillStore(data))) {
            d.saveNow().get(10, TimeUnit.SECONDS);
        }
        DrillSetupViewModel vm = new DrillSetupViewModel(new DrillStore(data), TaskExecutor.sameThread());
        assertNotNull(vm.interruptedProperty().get());
        vm.discard();
        assertNull(vm.interruptedProperty().get());
        assertFalse(Files.exists(new DrillStore(data).autosaveFile()));
    }
}
