package firedrill.app.fx;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The app's {@link TaskExecutor}: one pool of daemon worker threads ({@code firedrill-worker-N}, grown
 * on demand, idle ones retire after 30 s) and the FX thread ({@link Platform#runLater}). Submitted
 * work runs as a {@link Task}, so progress reaches the FX thread coalesced (at most one update per
 * pulse however often the work reports) and cancel is the Task's. An exception nobody handled on a
 * worker goes to {@link Errors#report}.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ThreadPoolExecutor pool;
    private final List<SerialExecutor> lanes = new CopyOnWriteArrayList<>();
    private final Executor fx = Platform::runLater;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "firedrill-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> Errors.report(e, "work on " + th.getName()));
            return t;
        });
    }

    @Override
    public Executor background() {
        return pool;
    }

    @Override
    public Executor fx() {
        return fx;
    }

    @Override
    public Executor serial(String name) {
        SerialExecutor lane = new SerialExecutor(name, pool);
        lanes.add(lane);
        return lane;
    }

    @Override
    public <T> Job submit(String context, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        FxJob<T> job = new FxJob<>(work);
        job.setOnSucceeded(e -> onSuccess.accept(job.getValue()));
        job.setOnFailed(e -> {
            Errors.report(job.getException(), context);
            onFailure.accept(job.getException());
        });
        pool.execute(job);
        return job;
    }

    @Override
    public void shutdown(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        // Lanes hand their queued writes to the pool one at a time: let them drain before the pool closes.
        for (SerialExecutor lane : lanes) {
            lane.awaitIdle(deadline);
        }
        pool.shutdown();
        try {
            pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A submitted task: the work behind a JavaFX {@link Task} (whose progress and cancel it is). */
    private static final class FxJob<T> extends Task<T> implements Job {
        private final Work<T> work;

        FxJob(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return FxJob.this.isCancelled();
                }
            });
        }

    }

    /** Runs tasks one at a time in order on the pool (the pattern of {@link Executor}'s documentation). */
    static final class SerialExecutor implements Executor {
        private final String name;
        private final Executor pool;
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        private Runnable active;

        SerialExecutor(String name, Executor pool) {
            this.name = name;
            this.pool = pool;
        }

        @Override
        public synchronized void execute(Runnable r) {
            queue.add(() -> {
                try {
                    r.run();
                } catch (RuntimeException | LinkageError e) {
                    Errors.report(e, name);
                } finally {
                    next();
                }
            });
            if (active == null) {
                next();
            }
        }

        private synchronized void next() {
            active = queue.poll();
            if (active != null) {
                pool.execute(active);
            }
            notifyAll();
        }

        synchronized void awaitIdle(long deadlineNanos) {
            while (active != null) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
