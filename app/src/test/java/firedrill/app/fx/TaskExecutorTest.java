package firedrill.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The app's executor abstraction without a toolkit: the same-thread one, serial lanes, the pulse-gap meter. */
class TaskExecutorTest {
    @Test
    void sameThreadRunsWorkAndDeliveryAtOnceWithProgress() {
        TaskExecutor tasks = TaskExecutor.sameThread();
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        TaskExecutor.Job job = tasks.submit("test", p -> {
            assertSame(caller, Thread.currentThread());
            p.update(1, 4);
            seen.add("work");
            return 42;
        }, v -> seen.add("got " + v), e -> seen.add("failed"));
        assertEquals(List.of("work", "got 42"), seen);
        assertEquals(0.25, job.progressProperty().get());
        tasks.background().execute(() -> seen.add("background"));
        tasks.fx().execute(() -> seen.add("fx"));
        tasks.serial("lane").execute(() -> seen.add("lane"));
        assertEquals(List.of("work", "got 42", "background", "fx", "lane"), seen);
    }

    @Test
    void aFailureIsHandedOnAndACancelledJobDeliversNothing() {
        TaskExecutor tasks = TaskExecutor.sameThread();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        tasks.submit("failing on purpose (test)", p -> {
            throw new IllegalStateException("boom");
        }, v -> { throw new AssertionError("no value"); }, failed::set);
        assertEquals("boom", failed.get().getMessage());

        AtomicReference<Object> got = new AtomicReference<>();
        TaskExecutor.Job job = tasks.submit("cancelled", p -> {
            assertFalse(p.isCancelled());
            ((TaskExecutor.Job) p).cancel(); // the same-thread job is its own progress: cancel from inside
            assertTrue(p.isCancelled());
            return "stale";
        }, got::set, got::set);
        assertTrue(job.isCancelled());
        assertNull(got.get(), "a stale result is dropped");
    }

    @Test
    void aSerialLaneRunsOneTaskAtATimeInOrder() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            FxTaskExecutor.SerialExecutor lane = new FxTaskExecutor.SerialExecutor("test lane", pool);
            List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger overlap = new AtomicInteger();
            CountDownLatch gate = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(50);
            lane.execute(() -> {
                await(gate);
                done.countDown();
            });
            for (int i = 0; i < 49; i++) {
                int n = i;
                lane.execute(() -> {
                    if (running.incrementAndGet() > 1) {
                        overlap.incrementAndGet();
                    }
                    order.add(n);
                    running.decrementAndGet();
                    done.countDown();
                });
            }
            assertTrue(order.isEmpty(), "nothing overtakes the first task");
            gate.countDown();
            assertTrue(done.await(30, TimeUnit.SECONDS));
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 49; i++) {
                expected.add(i);
            }
            assertEquals(expected, order);
            assertEquals(0, overlap.get());
            lane.awaitIdle(System.nanoTime() + Duration.ofSeconds(10).toNanos());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shutdownWaitsForQueuedSaves() {
        FxTaskExecutor tasks = new FxTaskExecutor();
        java.util.concurrent.Executor lane = tasks.serial("saves");
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger saved = new AtomicInteger();
        lane.execute(() -> {
            await(gate);
            saved.incrementAndGet();
        });
        lane.execute(saved::incrementAndGet);
        tasks.background().execute(gate::countDown);
        tasks.shutdown(Duration.ofSeconds(30));
        assertEquals(2, saved.get(), "both queued saves ran before shutdown returned");
    }

    @Test
    void pulseGapsReportTheLongestStall() {
        PulseGaps gaps = new PulseGaps(() -> 0);
        long ms = 1_000_000;
        for (long t : new long[] {0, 16 * ms, 33 * ms, 233 * ms, 250 * ms}) {
            gaps.pulse(t);
        }
        assertEquals(200, gaps.longestGapMillis());
        assertEquals(5, gaps.pulses());
    }

    private static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
