package firedrill.app.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the screenshot tools: on conditions and on rendered frames, never a fixed sleep. */
public final class FxWait {
    private static final BufferedReader STDIN = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private FxWait() {}

    /** Waits until {@code condition} holds (polled by TestFX), or fails after {@code timeout}. */
    public static void until(Duration timeout, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + timeout, e);
        }
    }

    /** Waits (off the FX thread) for {@code n} animation pulses: the scene has laid out and rendered. */
    public static void pulses(int n) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= n) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError(n + " pulses did not come");
        }
    }

    /**
     * After printing a READY line: waits for the capture tool to answer with a line on standard input.
     * When standard input is closed (nobody will answer), waits {@code shots.frames} pulses (default 360,
     * about six seconds) instead.
     */
    public static void captured() throws InterruptedException {
        try {
            if (STDIN.readLine() != null) {
                return;
            }
        } catch (IOException e) {
            System.err.println("stdin: " + e);
        }
        pulses(Integer.getInteger("shots.frames", 360));
    }
}
