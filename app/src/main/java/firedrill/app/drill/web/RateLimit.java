package firedrill.app.drill.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per key (a participant's token, or an address for joining): {@code burst} at once, then {@code perSecond}. */
final class RateLimit {
    private final double burst;
    private final double perSecond;
    private final LongSupplier nanos;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimit(double burst, double perSecond, LongSupplier nanos) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.nanos = nanos;
    }

    /** Takes one request from {@code key}'s bucket; false when it is empty (answer 429). */
    boolean allow(String key) {
        if (buckets.size() > 10_000) {
            buckets.clear(); // bounded memory; a flood of new keys only resets the buckets
        }
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, nanos.getAsLong()});
        synchronized (b) {
            long now = nanos.getAsLong();
            b[0] = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * perSecond);
            b[1] = now;
            if (b[0] < 1) {
                return false;
            }
            b[0] -= 1;
            return true;
        }
    }
}
