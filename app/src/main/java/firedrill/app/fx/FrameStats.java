package firedrill.app.fx;

import java.util.Arrays;

/**
 * Frame-time statistics for {@code ui-bench}: intervals between consecutive AnimationTimer pulses
 * (which include the time our frame code spent) and the time spent in our render code per frame.
 * Fixed-size arrays, so recording allocates nothing.
 */
public final class FrameStats {
    /** A frame longer than two 60 Hz periods means at least one frame was dropped. */
    public static final double DROPPED_MS = 2 * 1000.0 / 60;

    private final double[] intervalsMs;
    private final double[] renderMs;
    private int frames;
    private long lastNanos = -1;

    public FrameStats(int capacity) {
        intervalsMs = new double[capacity];
        renderMs = new double[capacity];
    }

    /** Records one frame: the pulse timestamp and the nanoseconds our frame code took. */
    public void record(long pulseNanos, long renderNanos) {
        if (lastNanos >= 0 && frames < intervalsMs.length) {
            intervalsMs[frames] = (pulseNanos - lastNanos) / 1e6;
            renderMs[frames] = renderNanos / 1e6;
            frames++;
        }
        lastNanos = pulseNanos;
    }

    public void reset() {
        frames = 0;
        lastNanos = -1;
    }

    public int frames() {
        return frames;
    }

    public double p50() {
        return percentile(intervalsMs, 0.5);
    }

    public double p99() {
        return percentile(intervalsMs, 0.99);
    }

    public double renderP50() {
        return percentile(renderMs, 0.5);
    }

    public double renderP99() {
        return percentile(renderMs, 0.99);
    }

    public double renderMax() {
        double m = 0;
        for (int i = 0; i < frames; i++) {
            m = Math.max(m, renderMs[i]);
        }
        return m;
    }

    /** Frames whose interval exceeded {@link #DROPPED_MS}. */
    public int dropped() {
        int d = 0;
        for (int i = 0; i < frames; i++) {
            if (intervalsMs[i] > DROPPED_MS) {
                d++;
            }
        }
        return d;
    }

    private double percentile(double[] data, double p) {
        if (frames == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(data, frames);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p * frames) - 1;
        return sorted[Math.max(0, Math.min(frames - 1, i))];
    }
}
