package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.alert.AlertEvent;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.command.Command;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The console's view model, driven by a real runner, without the JavaFX toolkit. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConsoleViewModelTest {
    static Scenario scenario;
    static ModelSpec spec;
    private SimulationRunner runner;

    @BeforeAll
    static void load() throws Exception {
        scenario = ScenarioLoader.loadShipped("openai-2024-12-11");
        spec = new ModelSpec(scenario);
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    private ConsoleViewModel console(Difficulty d) {
        PracticeSession s = new PracticeSession(scenario, spec, d, 1, Speed.X300, false, Speed.X10);
        runner = s.newRunner();
        ConsoleViewModel vm = new ConsoleViewModel(s, runner);
        vm.setExecutors(Runnable::run, Runnable::run);
        runner.start();
        return vm;
    }

    private void holdAt(ConsoleViewModel vm, String time) throws InterruptedException {
        int tick = spec.tickOf(time);
        runner.fastForwardTo(tick);
        runner.awaitFrame(f -> f.tick() >= tick && f.paused(), Duration.ofSeconds(30));
        vm.pull();
    }

    @Test
    void showsTheIncidentClockInLocalTimeAndTimeSinceTheFirstAlert() throws Exception {
        ConsoleViewModel vm = console(Difficulty.STANDARD);
        assertEquals("14:20:00 PST", vm.clockProperty().get());
        assertEquals("—", vm.elapsedProperty().get());
        assertFalse(vm.alertedProperty().get());
        holdAt(vm, "15:30");
        assertEquals("15:30:00 PST", vm.clockProperty().get());
        assertTrue(vm.alertedProperty().get());
        int first = vm.snapshot().firstAlertTick();
        String expected = firedrill.app.fx.Formats.elapsed(spec.tickOf("15:30") - first);
        assertEquals(expected, vm.elapsedProperty().get());
        assertEquals("4 free · 0 busy", vm.respondersProperty().get());
        assertTrue(vm.chartDataProperty().get().count() > 60, "one observed row per minute");
        assertTrue(vm.pausedProperty().get());
    }

    @Test
    void alertsAreListedFiringFirstNewestOnTop() throws Exception {
        ConsoleViewModel vm = console(Difficulty.STANDARD);
        holdAt(vm, "15:40");
        assertFalse(vm.alerts().isEmpty());
        boolean seenResolved = false;
        AlertEvent previous = null;
        for (AlertEvent a : vm.alerts()) {
            if (!a.firing()) {
                seenResolved = true;
            } else {
                assertFalse(seenResolved, "firing alerts come before resolved ones");
                if (previous != null && previous.firing()) {
                    assertTrue(previous.firedTick() >= a.firedTick(), "newest first");
                }
            }
            previous = a;
        }
        assertEquals(vm.alerts().stream().filter(AlertEvent::firing).count(), vm.firingProperty().get());
    }

    @Test
    void acknowledgingTheOldestSendsAnAckCommand() throws Exception {
        ConsoleViewModel vm = console(Difficulty.STANDARD);
        holdAt(vm, "15:40");
        AlertEvent oldest = vm.oldestUnacked();
        assertNotNull(oldest);
        assertEquals(oldest, vm.acknowledgeSelectedOrOldest(null));
        assertTrue(vm.ackPending(oldest));
        SimulationRunner.Frame f = runner.awaitFrame(x -> !x.pending().isEmpty(), Duration.ofSeconds(10));
        Command ack = f.pending().get(0);
        assertEquals(Command.ACK, ack.type());
        assertEquals(oldest.id(), ack.target());
        holdAt(vm, "15:41");
        AlertEvent after = vm.alerts().stream().filter(a -> a.id().equals(oldest.id())).findFirst().orElseThrow();
        assertTrue(after.ackTick() > 0, "the engine recorded the acknowledgement");
        assertFalse(vm.ackPending(after));
        assertTrue(vm.oldestUnacked() == null || !vm.oldestUnacked().id().equals(oldest.id()));
    }

    @Test
    void aSubmittedActionShowsUntilTheEngineTakesItThenTracksItsProgress() throws Exception {
        ConsoleViewModel vm = console(Difficulty.STANDARD);
        holdAt(vm, "15:20");
        vm.issue("pause-rollout", null, java.util.Map.of());
        runner.awaitFrame(f -> f.pending().size() == 1, Duration.ofSeconds(10));
        vm.pull();
        assertEquals(1, vm.actions().size());
        assertTrue(vm.actions().get(0).isPending());
        holdAt(vm, "15:21");
        assertEquals(1, vm.actions().size());
        assertFalse(vm.actions().get(0).isPending());
        assertEquals(firedrill.engine.action.Outcome.RUNNING, vm.actions().get(0).record().outcome());
        holdAt(vm, "15:25");
        assertEquals(firedrill.engine.action.Outcome.SUCCEEDED, vm.actions().get(0).record().outcome());
        assertTrue(vm.messages().stream().anyMatch(m -> m.text().contains("pause-rollout")), "the channel reports it");
    }

    @Test
    void pressureModeRefusesToPauseAndSaysWhy() throws Exception {
        ConsoleViewModel vm = console(Difficulty.PRESSURE);
        assertFalse(vm.pauseAllowed());
        vm.togglePause();
        assertEquals(Difficulty.PRESSURE.pauseRefusal(), vm.noticeProperty().get());
        runner.sync().get(10, TimeUnit.SECONDS); // had a pause been sent, it would be applied by now
        vm.pull();
        assertFalse(vm.pausedProperty().get());
    }

    @Test
    void hintsOnlyInGuidedMode() throws Exception {
        ConsoleViewModel guided = console(Difficulty.GUIDED);
        assertFalse(guided.hintProperty().get().isEmpty());
        runner.close();
        ConsoleViewModel standard = console(Difficulty.STANDARD);
        assertEquals("", standard.hintProperty().get());
    }

    @Test
    void endingTheExerciseScoresTheRun() throws Exception {
        ConsoleViewModel vm = console(Difficulty.STANDARD);
        holdAt(vm, "15:20");
        vm.endExercise();
        runner.finished().get(10, TimeUnit.SECONDS);
        runner.awaitFrame(SimulationRunner.Frame::ended, Duration.ofSeconds(10));
        assertNull(vm.resultProperty().get());
        vm.pull();
        assertTrue(vm.endedProperty().get());
        vm.scored().get(30, TimeUnit.SECONDS);
        assertNotNull(vm.resultProperty().get());
        assertEquals(spec.tickOf("15:20"), vm.resultProperty().get().endTick());
        assertFalse(vm.scoringProperty().get());
    }

    @Test
    void theRunIsOnDiskBeforeScoringStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        PracticeSession s = new PracticeSession(scenario, spec, Difficulty.STANDARD, 1, Speed.X300, false, Speed.X10);
        runner = s.newRunner();
        ConsoleViewModel vm = new ConsoleViewModel(s, runner);
        java.util.concurrent.LinkedBlockingQueue<Runnable> background = new java.util.concurrent.LinkedBlockingQueue<>();
        vm.setExecutors(background::add, Runnable::run);
        firedrill.app.session.SessionStore store = new firedrill.app.session.SessionStore(data);
        vm.setRunSaver(new firedrill.app.debrief.Debriefs(store, firedrill.app.fx.TaskExecutor.sameThread())::saveFinished);
        runner.start();
        holdAt(vm, "15:20");
        vm.endExercise();
        runner.finished().get(10, TimeUnit.SECONDS);
        runner.awaitFrame(SimulationRunner.Frame::ended, Duration.ofSeconds(10));
        vm.pull();

        background.poll(10, TimeUnit.SECONDS).run(); // the first step only: as if the app closed while scoring
        var attempts = store.history(scenario.id()).attempts();
        assertEquals(1, attempts.size(), "saved before scoring");
        assertEquals(spec.tickOf("15:20"), attempts.get(0).record().endedTick());
        assertNull(vm.resultProperty().get(), "not scored yet");

        background.poll(10, TimeUnit.SECONDS).run(); // scoring
        vm.scored().get(30, TimeUnit.SECONDS);
        assertEquals(attempts.get(0).file(), vm.resultProperty().get().savedFile(), "the debrief completes that file");
    }
}
