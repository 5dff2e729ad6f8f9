package firedrill.app.fx;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * {@link TaskExecutor#sameThread()}: runs work and callbacks at once on the caller's thread, in order.
 * For tests (as JabRef's {@code CurrentThreadTaskExecutor}); needs no JavaFX toolkit.
 */
final class SameThreadTaskExecutor implements TaskExecutor {
    private static final Executor NOW = Runnable::run;

    @Override
    public Executor background() {
        return NOW;
    }

    @Override
    public Executor fx() {
        return NOW;
    }

    @Override
    public Executor serial(String name) {
        return NOW;
    }

    @Override
    public <T> Job submit(String context, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        DirectJob job = new DirectJob();
        T value;
        try {
            value = work.call(job);
        } catch (Exception | LinkageError e) {
            if (!job.isCancelled()) {
                Errors.report(e, context);
                onFailure.accept(e);
            }
            return job;
        }
        if (!job.isCancelled()) {
            onSuccess.accept(value);
        }
        return job;
    }

    @Override
    public void shutdown(Duration grace) {
        // nothing runs later
    }

    /** A job whose progress is set directly (there is only one thread). */
    static final class DirectJob implements Job, Progress {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private volatile boolean cancelled;

        @Override
        public void update(long done, long total) {
            progress.set(total <= 0 ? -1 : Math.min(1, (double) done / total));
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean cancel() {
            boolean was = cancelled;
            cancelled = true;
            return !was;
        }
    }
}
