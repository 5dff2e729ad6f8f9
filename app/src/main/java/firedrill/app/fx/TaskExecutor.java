package firedrill.app.fx;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the app runs work off the JavaFX thread, and how results come back to it. One instance is
 * made in {@code FiredrillApp} and passed to the screens through their contexts; nothing else starts
 * threads for loading, parsing, saving or scoring (ADR 0016). Tests pass {@link #sameThread()}, which
 * runs everything at once on the caller's thread, so a view model can be tested without a toolkit.
 *
 * <p>A worked example (the history screen):
 * <pre>{@code
 * tasks.submit("reading the history", p -> vm.load(p), vm::bind, e -> message.setText("Cannot read: " + e.getMessage()));
 * }</pre>
 * {@code vm.load} reads 500 files on a worker; {@code vm::bind} is then called once on the FX thread
 * with the result. A failure is reported ({@link Errors#report}) and handed to the last argument,
 * also on the FX thread. The rule: the work never touches the scene graph or an observable the
 * scene binds to; the two callbacks never do file or CPU-heavy work.
 */
public interface TaskExecutor {
    /** Runs work on a worker thread (fire and forget, or as the executor of a {@code CompletableFuture} stage). */
    Executor background();

    /** Runs work on the FX thread, after what is already queued there (in tests: at once). */
    Executor fx();

    /**
     * A lane of the worker pool that runs its tasks one at a time, in the order given: for the writes
     * of one file (settings, personal bests), where a later save must never be overtaken by an earlier one.
     */
    Executor serial(String name);

    /**
     * Runs {@code work} on a worker and hands its value to {@code onSuccess} on the FX thread; a
     * failure is reported with {@code context} ("reading the history") and handed to {@code onFailure}
     * on the FX thread. Nothing is delivered once the returned job is cancelled (a stale result).
     */
    <T> Job submit(String context, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Stops taking work and waits up to {@code grace} for what is queued (a drill's last save), so
     * closing the window does not lose it. Called once, when the app stops.
     */
    void shutdown(Duration grace);

    /** Work that can say how far it got and notice that it was cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Given to {@link Work}: progress reports (delivered to the FX thread, coalesced) and the cancel flag. */
    interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    /** A submitted task: its progress (0..1, -1 while unknown) as the FX thread sees it, and cancel. */
    interface Job {
        javafx.beans.property.ReadOnlyDoubleProperty progressProperty();

        boolean isCancelled();

        /**
         * No result or failure is delivered after this; work that checks {@link Progress#isCancelled()}
         * stops early. Returns false when the job had already finished.
         */
        boolean cancel();
    }

    /** Everything on the caller's thread, at once (tests, and headless code that must not start threads). */
    static TaskExecutor sameThread() {
        return new SameThreadTaskExecutor();
    }
}
