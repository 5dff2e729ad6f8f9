package firedrill.engine.model;

/**
 * A FIFO work queue whose items time out while waiting and are then retried from the back (a fluid
 * model: counts, not items). Served work succeeds only if it waited no longer than the timeout, i.e.
 * while the queue holds at most capacity × timeout; beyond that every attempt is wasted and goes back
 * in, so the queue never shrinks on its own: congestive collapse (Bronson et al., metastable failures).
 * Narrow by design: the lease manager is its only user until the general queue mechanism lands.
 */
final class RetryQueue {
    private final double perSecond;
    private final double timeoutSeconds;
    private double depth;

    RetryQueue(double perSecond, double timeoutSeconds) {
        this.perSecond = perSecond;
        this.timeoutSeconds = timeoutSeconds;
    }

    private RetryQueue(RetryQueue o) {
        perSecond = o.perSecond;
        timeoutSeconds = o.timeoutSeconds;
        depth = o.depth;
    }

    RetryQueue copy() {
        return new RetryQueue(this);
    }

    void add(double items) {
        depth += items;
    }

    /** Whether the wait at the head exceeds the timeout, so no attempt completes in time. */
    boolean collapsed() {
        return depth > perSecond * timeoutSeconds;
    }

    /**
     * Serves one second at {@code share} of capacity; attempts succeed with {@code success} (the share of
     * calls their dependency answers) and only when not collapsed. Failed attempts go back in the queue.
     * Returns the items completed.
     */
    double serve(double share, double success) {
        if (collapsed()) {
            return 0;
        }
        double done = Math.min(depth, perSecond * share) * success;
        depth -= done;
        return done;
    }

    /** Drops everything queued; returns how many items that was. */
    double clear() {
        double d = depth;
        depth = 0;
        return d;
    }

    double depth() {
        return depth;
    }
}
