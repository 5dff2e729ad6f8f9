package firedrill.app.practice;

import java.util.concurrent.locks.LockSupport;

/**
 * Where the {@link SimulationRunner} reads the time and how it waits out the rest of a frame. The app
 * uses {@link #SYSTEM}; tests use a clock they advance by hand, so pacing is checked without wall time.
 */
public interface RunnerClock {
    /** The system's monotonic clock, and a timed park that any request cuts short. */
    RunnerClock SYSTEM = new RunnerClock() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void park(Object blocker, long nanos) {
            LockSupport.parkNanos(blocker, nanos);
        }
    };

    /** Monotonic time in nanoseconds (only differences matter). */
    long nanos();

    /**
     * Waits on the calling (runner) thread for up to {@code nanos} of this clock's time; returns early
     * when the thread is unparked. It may return early for no reason: the runner re-checks everything.
     */
    void park(Object blocker, long nanos);
}
