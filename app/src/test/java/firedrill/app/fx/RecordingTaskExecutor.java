package firedrill.app.fx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/** A {@link TaskExecutor} that records, per submitted task, which threads ran its work and its result. */
public final class RecordingTaskExecutor implements TaskExecutor {
    /**
     * One thing that happened: a task's work or its delivery, by context, whether it ran on the FX
     * thread, and how long it took (wall time: for reports, not for assertions).
     */
    public record Call(String context, String phase, boolean onFxThread, long nanos) {
        public String where() {
            return phase + (onFxThread ? " on the FX thread" : " on a worker");
        }
    }

    private final TaskExecutor delegate;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public RecordingTaskExecutor(TaskExecutor delegate) {
        this.delegate = delegate;
    }

    public List<Call> calls(String context) {
        return calls.stream().filter(c -> c.context().equals(context)).toList();
    }

    @Override
    public Executor background() {
        return delegate.background();
    }

    @Override
    public Executor fx() {
        return delegate.fx();
    }

    @Override
    public Executor serial(String name) {
        return delegate.serial(name);
    }

    @Override
    public <T> Job submit(String context, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        return delegate.submit(context, p -> {
            long t0 = System.nanoTime();
            try {
                return work.call(p);
            } finally {
                calls.add(new Call(context, "work", Platform.isFxApplicationThread(), System.nanoTime() - t0));
            }
        }, v -> {
            long t0 = System.nanoTime();
            onSuccess.accept(v);
            calls.add(new Call(context, "success", Platform.isFxApplicationThread(), System.nanoTime() - t0));
        }, e -> {
            long t0 = System.nanoTime();
            onFailure.accept(e);
            calls.add(new Call(context, "failure", Platform.isFxApplicationThread(), System.nanoTime() - t0));
        });
    }

    @Override
    public void shutdown(Duration grace) {
        delegate.shutdown(grace);
    }
}
