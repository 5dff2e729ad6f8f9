package firedrill.app.practice;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link RunnerClock} the test moves by hand: time stands still until {@link #advance}, which waits
 * until the runner is idle (parked), moves the time and wakes it. Follow an advance with
 * {@link SimulationRunner#sync()} (or {@code awaitFrame}) to see its effect.
 */
final class ManualClock implements RunnerClock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final Set<Thread> parked = new HashSet<>();
    private final AtomicLong now = new AtomicLong();

    @Override
    public long nanos() {
        return now.get();
    }

    @Override
    public void park(Object blocker, long nanos) {
        Thread self = Thread.currentThread();
        lock.lock();
        try {
            parked.add(self);
            idle.signalAll();
        } finally {
            lock.unlock();
        }
        LockSupport.park(blocker); // until advance() or a request unparks this thread
        lock.lock();
        try {
            parked.remove(self);
        } finally {
            lock.unlock();
        }
    }

    /** Moves the time on without waking anyone: e.g. a step hook standing for a slow engine. */
    void elapse(Duration d) {
        now.addAndGet(d.toNanos());
    }

    /** Waits until the runner is parked, moves the time on and wakes it. */
    void advance(Duration d) throws InterruptedException {
        lock.lock();
        try {
            long left = TimeUnit.SECONDS.toNanos(30);
            while (parked.isEmpty()) {
                if (left <= 0) {
                    throw new AssertionError("the runner never went idle");
                }
                left = idle.awaitNanos(left);
            }
            now.addAndGet(d.toNanos());
            parked.forEach(LockSupport::unpark);
        } finally {
            lock.unlock();
        }
    }
}
