package firedrill.app.fx;

import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread went without a pulse: the longest gap between two consecutive
 * pulses while it runs. A pulse is held back by whatever runs on the FX thread before it, so the gap
 * is the worst stall a user would have seen. The clock is injected (tests of this class feed it;
 * measurements pass {@code System::nanoTime}). Start and stop on the FX thread.
 */
public final class PulseGaps {
    private final LongSupplier clock;
    private AnimationTimer timer;
    private long last = -1;
    private long longest;
    private int pulses;

    public PulseGaps(LongSupplier nanos) {
        this.clock = nanos;
    }

    public void start() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(clock.getAsLong());
            }
        };
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** One pulse at {@code nanos}. */
    void pulse(long nanos) {
        if (last >= 0) {
            longest = Math.max(longest, nanos - last);
        }
        last = nanos;
        pulses++;
    }

    public long longestGapMillis() {
        return longest / 1_000_000;
    }

    public int pulses() {
        return pulses;
    }
}
