package firedrill.app.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall-clock and process CPU time of a command, so a timing taken on a shared, loaded machine can be
 * read against what the same work costs on idle cores (CPU seconds ÷ cores ≈ idle wall time).
 */
final class Stopwatch {
    private final long wall0 = System.nanoTime();
    private final long cpu0 = cpuNanos();

    long elapsedMs() {
        return Math.round((System.nanoTime() - wall0) / 1e6);
    }

    /** Process CPU time since start in ms, or -1 when the JVM does not report it. */
    long cpuMs() {
        long now = cpuNanos();
        return now < 0 || cpu0 < 0 ? -1 : Math.round((now - cpu0) / 1e6);
    }

    String describe() {
        long cpu = cpuMs();
        return String.format(Locale.ROOT, "%.1f s on %d cores", elapsedMs() / 1000.0, Runtime.getRuntime().availableProcessors())
                + (cpu < 0 ? "" : String.format(Locale.ROOT, " (%.1f s CPU)", cpu / 1000.0));
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
