package firedrill.app.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * {@code --smoke}: measures start-up of the real app and exits. After the main window is shown it
 * waits until the first frame of that window has actually been rendered, then prints exactly one
 * line, {@code firstFrameMs=N rssMB=N}, to stdout and exits with status 0.
 *
 * <p>How "rendered" is established: the first pulse after {@code stage.show()} lays the scene out,
 * copies it to the render graph and queues a paint job on the single-threaded JavaFX render thread.
 * Right after that pulse we snapshot a detached 1×1 node; a snapshot is itself a render job that
 * the FX thread waits for, and render jobs run in order, so when it returns the window's first
 * frame has been painted and presented. The time is measured from the start of the process (as
 * the OS records it, so JVM boot is included), and memory is the process's resident set size.
 * This is app code, so the wall clock is allowed here (the engine never sees it).
 */
public final class SmokeProbe {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SmokeProbe.class);
    public static final String FLAG = "--smoke";

    /** Give up (exit 1) when no frame appears within this time, so a broken image fails fast. */
    private static final long TIMEOUT_MS = 60_000;
    /** Grace period for a normal shutdown before the probe forces the exit. */
    private static final long EXIT_GRACE_MS = 3_000;
    /** USER_HZ, the unit of /proc/[pid]/stat times: 100 on every mainstream Linux architecture. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Stage stage;
    private final Runnable pulseListener = this::afterLayout;
    private boolean armed = true;

    private SmokeProbe(Stage stage) {
        this.stage = stage;
    }

    /** True when the app was launched with {@code --smoke}; null when not launched (tests). */
    public static boolean requested(Application.Parameters parameters) {
        return parameters != null && parameters.getRaw().contains(FLAG);
    }

    /** Call on the FX thread right after {@code stage.show()}. */
    public static void attach(Stage stage) {
        SmokeProbe probe = new SmokeProbe(stage);
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(probe.pulseListener);
        Platform.requestNextPulse();
        startWatchdog();
    }

    private void afterLayout() {
        if (!armed || !stage.isShowing() || stage.getScene().getWidth() <= 0) {
            return;
        }
        armed = false;
        // Runs after this pulse has finished and queued the window's paint job.
        Platform.runLater(this::afterFirstFrameQueued);
    }

    private void afterFirstFrameQueued() {
        stage.getScene().removePostLayoutPulseListener(pulseListener); // not during the pulse's loop
        new Rectangle(1, 1).snapshot(null, null); // render fence: returns after the queued frame
        long firstFrameMs = millisSinceProcessStart();
        long rssMb = residentSetMb();
        System.out.println("firstFrameMs=" + firstFrameMs + " rssMB=" + rssMb);
        System.out.flush();
        exit(0);
    }

    /**
     * Milliseconds since the kernel started this process. On Linux this is {@code /proc/uptime}
     * minus the start time in {@code /proc/self/stat} (both count from boot, 10 ms resolution).
     * {@link ProcessHandle.Info#startInstant()} is only the fallback: it adds the start time to the
     * boot time, which Linux reports in whole seconds, so it can be off by up to a second.
     */
    static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // Fields after the parenthesised command name start at field 3 ("state"); starttime is 22.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            double uptimeSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
            return Math.round(uptimeSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            Optional<Instant> start = ProcessHandle.current().info().startInstant();
            return start.map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
        }
    }

    /** VmRSS from /proc/self/status in MiB (Linux); -1 where that file does not exist. */
    static long residentSetMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return Math.round(Long.parseLong(kb) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unexpected format: report unknown (-1) rather than fail the probe.
            LOG.debug("VmRSS unavailable", e);
        }
        return -1;
    }

    private static void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            sleep(TIMEOUT_MS);
            System.err.println("firedrill --smoke: no frame rendered within " + TIMEOUT_MS + " ms");
            System.exit(1);
        }, "smoke-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Normal JavaFX shutdown; forced after a grace period if some non-daemon thread lingers. */
    private static void exit(int status) {
        Thread forcer = new Thread(() -> {
            sleep(EXIT_GRACE_MS);
            System.exit(status);
        }, "smoke-exit");
        forcer.setDaemon(true);
        forcer.start();
        Platform.exit();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
