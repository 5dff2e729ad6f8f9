package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.debrief.FinishedRun;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.command.Command;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runner thread: pacing, ordering of requests, modes, ending — without any UI. Time comes from a
 * {@link ManualClock}, so pacing is exact and nothing depends on how busy the machine is.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulationRunnerTest {
    /** A quarter of a second: 75 ticks at 300×, within the runner's lag allowance. */
    private static final Duration QUARTER = Duration.ofMillis(250);

    static ModelSpec spec;
    private final ManualClock clock = new ManualClock();
    private final CountDownLatch release = new CountDownLatch(1);
    private SimulationRunner runner;

    @BeforeAll
    static void load() throws Exception {
        spec = new ModelSpec(ScenarioLoader.loadShipped("openai-2024-12-11"));
    }

    @AfterEach
    void stop() {
        release.countDown(); // a step hook still holding the runner lets go
        if (runner != null) {
            runner.close();
        }
    }

    private SimulationRunner start(Difficulty d, Speed pre, boolean skip, Speed incident) {
        runner = new SimulationRunner(spec, 1, d, pre, skip, incident, clock).start();
        return runner;
    }

    private static SimulationRunner.Frame await(SimulationRunner r, java.util.function.Predicate<SimulationRunner.Frame> p)
            throws InterruptedException {
        return r.awaitFrame(p, Duration.ofSeconds(30));
    }

    /** Every request sent so far applied, and its frame out. */
    private SimulationRunner.Frame sync() throws Exception {
        return runner.sync().get(30, TimeUnit.SECONDS);
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
    void theClockAdvancesAtTheChosenSpeedAndStandsStillWhenPaused() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        int start = sync().tick();
        assertEquals(start, sync().tick(), "no time passed: no tick");
        for (int i = 1; i <= 8; i++) {
            clock.advance(QUARTER);
            SimulationRunner.Frame f = sync();
            assertEquals(start + 75 * i, f.tick(), "300× for " + i + " quarter seconds");
            assertFalse(f.paused());
            assertFalse(f.alerted(), "the quiet minutes: nothing cuts a batch short");
        }

        runner.setPaused(true);
        SimulationRunner.Frame p = sync();
        assertTrue(p.paused());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(p.tick(), sync().tick(), "a paused clock does not move");

        runner.setSpeed(Speed.X60);
        runner.setPaused(false);
        assertEquals(p.tick(), sync().tick(), "the pause is not owed afterwards");
        clock.advance(QUARTER);
        assertEquals(p.tick() + 15, sync().tick(), "60× for a quarter second");
    }

    @Test
    void aStallIsForgivenNotCaughtUp() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        int start = sync().tick();
        clock.advance(Duration.ofSeconds(10)); // e.g. the machine was suspended
        int allowed = (int) (300 * SimulationRunner.MAX_LAG_SECONDS) + 1;
        assertEquals(start + allowed, sync().tick(), "at most MAX_LAG_SECONDS of ticks are owed, not 3,000");
    }

    @Test
    void aSlowEnginePublishesAfterEverySliceOfWork() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        int start = sync().tick();
        runner.setStepHook(() -> clock.elapse(Duration.ofMillis(1))); // every step takes 1 ms
        clock.advance(QUARTER); // 75 ticks owed
        // The slice is checked every 16 steps: 16 ms > SLICE_MILLIS, so a frame goes out after 16 ticks.
        SimulationRunner.Frame f = await(runner, x -> x.tick() > start);
        assertEquals(start + 16, f.tick(), "a frame after one slice, not after all 75 ticks");
        assertEquals(start + 32, sync().tick(), "and the next slice on the next wake");
    }

    @Test
    void pressureModeRefusesPauseAndHoldsOneTimesAfterTheFirstAlert() throws Exception {
        // No skip at start: the manual clock holds the run before the first alert until the skip below,
        // so the speed change cannot race a skip that already reached the alert.
        start(Difficulty.PRESSURE, Speed.X300, false, Speed.X300);
        assertFalse(runner.setPaused(true), "pressure mode refuses to pause");
        assertTrue(runner.setSpeed(Speed.X60), "speed may change before the first alert");
        assertTrue(runner.skipToFirstAlert(), "a skip to the first alert is allowed");
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
        assertEquals(f.snapshot().firstAlertTick(), f.tick(), "the skip ends on the tick the pager went off");
        assertEquals(f.tick(), sync().tick(), "and no time has passed since");
    }

    @Test
    void callsNeverBlockWhileTheEngineIsBusy() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        sync();
        CountDownLatch inside = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        runner.setStepHook(() -> {
            if (first.getAndSet(false)) {
                inside.countDown();
                awaitQuietly(release); // one very slow step: as long as the test wants
            }
        });
        clock.advance(QUARTER);
        assertTrue(inside.await(30, TimeUnit.SECONDS), "the runner is inside the slow step");
        SimulationRunner.Frame before = runner.latest();
        assertTrue(runner.setSpeed(Speed.X60));
        runner.submit(Command.action(0, "escalate", null, Map.of(), "trainee"));
        assertTrue(runner.setPaused(true));
        CompletableFuture<SimulationRunner.Frame> applied = runner.sync();
        // All of that returned while the runner thread is provably still held inside the step.
        assertFalse(applied.isDone(), "nothing can be applied while the engine is stuck");
        assertSame(before, runner.latest(), "and no frame went out meanwhile");
        release.countDown();
        SimulationRunner.Frame f = applied.get(30, TimeUnit.SECONDS);
        assertTrue(f.paused(), "they all took effect once it came back");
        assertEquals(Speed.X60, f.speed());
        assertEquals(1, f.pending().size());
    }

    @Test
    void anEngineFailureIsReportedNotFrozen() throws Exception {
        start(Difficulty.STANDARD, Speed.X300, false, Speed.X10);
        sync();
        runner.setStepHook(() -> {
            throw new IllegalStateException("boom");
        });
        clock.advance(QUARTER);
        SimulationRunner.Frame f = await(runner, x -> x.notice().startsWith("The simulation stopped"));
        assertTrue(f.notice().contains("boom"));
        assertTrue(f.paused());
        assertTrue(runner.finished().isCompletedExceptionally());
        assertSame(runner.latest(), sync(), "a stopped runner still answers");
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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
