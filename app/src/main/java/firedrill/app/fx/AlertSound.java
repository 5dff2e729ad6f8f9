package firedrill.app.fx;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * A short two-tone page for a new critical alert, synthesised with javax.sound (no media module, no
 * AWT). Plays on a worker thread; silently does nothing where there is no audio device.
 */
public final class AlertSound {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AlertSound.class);
    private static volatile boolean playing;
    private static volatile boolean silenceLogged;

    private AlertSound() {}

    /** Plays the page on {@code background} (a worker of the app's {@link TaskExecutor}); one at a time. */
    public static void page(java.util.concurrent.Executor background) {
        if (playing) {
            return;
        }
        playing = true;
        try {
            background.execute(AlertSound::play);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            playing = false; // the app is closing
        }
    }

    private static void play() {
        float rate = 22050;
        byte[] pcm = new byte[(int) (rate * 0.36)];
        for (int i = 0; i < pcm.length; i++) {
            double t = i / rate;
            double f = t < 0.18 ? 880 : 660;
            double env = Math.min(1, Math.min(i, pcm.length - i) / 400.0);
            pcm[i] = (byte) (Math.sin(2 * Math.PI * f * t) * 60 * env);
        }
        try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(rate, 8, 1, true, false))) {
            line.open();
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            // No audio device (CI, containers): the alert is still shown; say so once, not per alert.
            if (!silenceLogged) {
                silenceLogged = true;
                LOG.info("Alert sounds are off: no audio output ({})", e.toString());
            }
        } finally {
            playing = false;
        }
    }
}
