package firedrill.app.fx;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} whose submitted tasks wait until the test runs them ({@link #runNext()}),
 * work and delivery together on the test's thread; plain executions run at once. For tests of
 * ordering: a result that arrives after a newer request must be dropped.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private int submitted;

    @Override
    public Executor background() {
        return Runnable::run;
    }

    @Override
    public Executor fx() {
        return Runnable::run;
    }

    @Override
    public Executor serial(String name) {
        return Runnable::run;
    }

    @Override
    public synchronized <T> Job submit(String context, Work<T> work, Consumer<? super T> onSuccess,
                                       Consumer<? super Throwable> onFailure) {
        submitted++;
        SameThreadTaskExecutor.DirectJob job = new SameThreadTaskExecutor.DirectJob();
        pending.add(() -> {
            T value;
            try {
                value = work.call(job);
            } catch (Exception e) {
                if (!job.isCancelled()) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!job.isCancelled()) {
                onSuccess.accept(value);
            }
        });
        return job;
    }

    public synchronized int pending() {
        return pending.size();
    }

    /** Tasks submitted so far. */
    public synchronized int submitted() {
        return submitted;
    }

    /** Runs the oldest waiting task (work, then its delivery unless it was cancelled meanwhile). */
    public void runNext() {
        Runnable r;
        synchronized (this) {
            r = pending.poll();
        }
        if (r == null) {
            throw new IllegalStateException("no task is waiting");
        }
        r.run();
    }

    @Override
    public void shutdown(Duration grace) {}
}
