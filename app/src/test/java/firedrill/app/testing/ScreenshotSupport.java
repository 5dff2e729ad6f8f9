package firedrill.app.testing;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screenshot tools (not tests: docs/ pictures under Xvfb) share: run on the FX thread and
 * wait, wait for a condition, wait for rendered frames instead of sleeping, and write a PNG.
 */
public final class ScreenshotSupport {
    private ScreenshotSupport() {}

    /** Runs {@code r} on the FX thread, waits until it has run and rethrows what it threw. */
    public static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                failed.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** Waits until {@code condition} holds (checked by TestFX's poller), at most {@code seconds}. */
    public static void waitFor(int seconds, Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::get);
    }

    /**
     * Waits until the FX thread has rendered {@code frames} more pulses: layout, CSS and canvas
     * repaints that follow a change have then reached the screen (about 60 a second).
     */
    public static void frames(int frames) throws InterruptedException {
        CountDownLatch left = new CountDownLatch(frames);
        AtomicReference<AnimationTimer> timer = new AtomicReference<>();
        fx(() -> {
            timer.set(new AnimationTimer() {
                @Override
                public void handle(long now) {
                    left.countDown();
                }
            });
            timer.get().start();
        });
        left.await();
        fx(() -> timer.get().stop());
    }

    /** The window as the screen shows it (pop-up windows included), as a PNG. */
    public static void captureScreen(Stage stage, Path png) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        fx(() -> shot.set(new Robot().getScreenCapture(null, stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight())));
        write(shot.get(), png);
    }

    /** The scene's own rendering (no window decorations or pop-ups), as a PNG. */
    public static void captureScene(Scene scene, Path png) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        fx(() -> shot.set(scene.snapshot(null)));
        write(shot.get(), png);
    }

    private static void write(WritableImage img, Path png) throws java.io.IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", png.toFile());
    }
}
