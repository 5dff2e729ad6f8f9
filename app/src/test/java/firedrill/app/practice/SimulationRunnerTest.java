package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.debrief.FinishedRun;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.command.Command;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runner thread: pacing, ordering of requests, modes, ending — without any UI. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulationRunnerTest {
    static ModelSpec spec;
    private SimulationRunner runner;

    @BeforeAll
    static void load() throws Exception {
        spec = new ModelSpec(ScenarioLoader.loadShipped("openai-2024-12-11"));
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    private SimulationRunner start(Difficulty d, Speed pre, boolean skip, Speed incident) {
        runner = new SimulationRunner(spec, 1, d, pre, skip, incident).start();
        return runner;
    }

    private static SimulationRunner.Frame await(SimulationRunner r, java.util.function.Predicate<SimulationRunner.Frame> p)
            throws InterruptedException {
        return r.awaitFrame(p, Duration.ofSeconds(30));
    }

    @Test
    void commandsApplyAtTheNextTickInSubmissionOrder() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        runner.setPaused(true);
        runner.fastForwardTo(600);
        await(runner, f -> f.tick() == 600 && f.paused());
        runner.submit(Command.action(0, "pause-rollout", null, Map.of(), "trainee"));
        runner.submit(Command.action(0, "escalate", null, Map.of(), "trainee"));
        SimulationRunner.Frame f = await(runner, x -> x.pending().size() == 2);
        assertEquals(List.of(601, 601), f.pending().stream().map(Command::tick).toList());
        runner.fastForwardTo(700);
        await(runner, x -> x.tick() == 700);
        runner.end();
        FinishedRun run = runner.finished().get(10, TimeUnit.SECONDS);
        assertEquals("You ended the exercise", run.endReason());
        assertEquals(700, run.endTick());
        List<Command> log = run.sim().log();
        assertEquals(List.of("pause-rollout", "escalate"), log.stream().map(Command::action).toList());
        assertEquals(List.of(601, 601), log.stream().map(Command::tick).toList());
    }

    @Test
    void theClockAdvancesAtRoughlyTheChosenSpeed() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        SimulationRunner.Frame a = await(runner, f -> f.tick() >= 30);
        long t0 = System.nanoTime();
        SimulationRunner.Frame b = await(runner, f -> f.tick() >= a.tick() + 600);
        double seconds = (System.nanoTime() - t0) / 1e9;
        // 600 ticks at 300× is two seconds of wall time; allow a slow, shared CI machine.
        assertTrue(seconds > 1.5 && seconds < 6, "600 ticks took " + seconds + " s");
        assertFalse(b.paused());
        runner.setPaused(true);
        SimulationRunner.Frame p = await(runner, SimulationRunner.Frame::paused);
        Thread.sleep(300);
        assertEquals(p.tick(), runner.latest().tick(), "a paused clock does not move");
    }

    @Test
    void pressureModeRefusesPauseAndHoldsOneTimesAfterTheFirstAlert() throws Exception {
        start(Difficulty.PRESSURE, Speed.X300, true, Speed.X300);
        assertFalse(runner.setPaused(true), "pressure mode refuses to pause");
        assertTrue(runner.setSpeed(Speed.X60), "speed may change before the first alert");
        SimulationRunner.Frame f = await(runner, SimulationRunner.Frame::alerted);
        f = await(runner, x -> x.alerted() && x.speed() == Speed.X1);
        assertFalse(f.paused());
        assertEquals(Speed.X1, f.speed(), "real time after the first alert");
        assertFalse(runner.setSpeed(Speed.X300), "and it stays there");
        assertFalse(runner.latest().paused());
    }

    @Test
    void guidedModeStopsTheClockAtTheFirstAlert() throws Exception {
        start(Difficulty.GUIDED, Speed.X300, true, Speed.X60);
        SimulationRunner.Frame f = await(runner, SimulationRunner.Frame::alerted);
        assertTrue(f.paused());
        assertEquals(Speed.X60, f.speed());
        assertEquals(f.snapshot().firstAlertTick(), f.tick(), "stopped on the tick the pager went off");
        assertFalse(f.notice().isEmpty());
        assertFalse(runner.skipToFirstAlert(), "nothing left to skip");
    }

    @Test
    void skippingStopsAtTheFirstAlertAndSwitchesToTheIncidentSpeed() throws Exception {
        start(Difficulty.STANDARD, Speed.X60, true, Speed.X10);
        SimulationRunner.Frame f = await(runner, SimulationRunner.Frame::alerted);
        assertEquals(Speed.X10, f.speed());
        assertFalse(f.skipping());
        assertTrue(f.tick() - f.snapshot().firstAlertTick() < 120, "the skip ends at the alert");
    }

    @Test
    void callsNeverBlockWhileTheEngineIsBusy() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        await(runner, f -> f.tick() > 10);
        AtomicBoolean slow = new AtomicBoolean(true);
        runner.setStepHook(() -> {
            if (slow.getAndSet(false)) {
                sleep(1500); // one very slow step
            }
        });
        Thread.sleep(100); // the runner is now inside the slow step
        long t0 = System.nanoTime();
        runner.latest();
        runner.setSpeed(Speed.X60);
        runner.submit(Command.action(0, "escalate", null, Map.of(), "trainee"));
        runner.setPaused(true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 100, "requests returned in " + ms + " ms while the engine was stuck");
        SimulationRunner.Frame f = await(runner, x -> x.paused() && x.speed() == Speed.X60 && x.pending().size() == 1);
        assertTrue(f.paused(), "and they all took effect once it came back");
    }

    @Test
    void anEngineFailureIsReportedNotFrozen() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        await(runner, f -> f.tick() > 10);
        runner.setStepHook(() -> {
            throw new IllegalStateException("boom");
        });
        SimulationRunner.Frame f = await(runner, x -> x.notice().startsWith("The simulation stopped"));
        assertTrue(f.notice().contains("boom"));
        assertTrue(f.paused());
        assertTrue(runner.finished().isCompletedExceptionally());
    }

    @Test
    void fastForwardRunsToTheHorizonAndEnds() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        runner.fastForwardTo(Integer.MAX_VALUE);
        SimulationRunner.Frame f = await(runner, SimulationRunner.Frame::ended);
        assertEquals(SimulationRunner.EndReason.HORIZON, f.endReason(), "nobody acted: it never recovers");
        assertEquals(spec.horizonTick(), f.tick());
        assertTrue(runner.finished().isDone());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
