package firedrill.engine.queue;

/**
 * How a client class retries a request that failed (rejected, timed out, or answered after the client
 * gave up). Failed requests wait in a retry pool and leave it at rate 1/delay.
 * <ul>
 * <li>Without backoff the delay is {@code delaySeconds}: clients come straight back, so load grows
 *     as the answered share falls.</li>
 * <li>With backoff (exponential, with jitter) the delay doubles with each consecutive failure, up to
 *     {@code maxDelaySeconds}: in the fluid limit delay = delaySeconds × 2^((1−g)/g), g the answered
 *     share, so a failing class slows down. Jitter is what lets a pool be treated as a smooth rate.</li>
 * </ul>
 *
 * @param retries         whether failed requests are retried at all (false: they are lost)
 * @param backoff         exponential backoff with jitter (false: fixed delay)
 * @param delaySeconds    fixed delay, or the first delay with backoff (&gt; 0)
 * @param maxDelaySeconds cap of the backoff delay (&ge; delaySeconds)
 * @param giveUpSeconds   mean time a failed request stays wanted: the client abandons it, or a newer
 *                        request supersedes it (a heartbeat, the next periodic LIST); bounds the pool
 * @param pendingPerObject at most this many failed requests per object (see {@link Cost}) wait to be
 *                        retried, 0 = unbounded: when each client has one thing to redo (a node agent
 *                        re-lists once however many of its heartbeats failed), a newer failure
 *                        supersedes the pending one
 */
public record RetryPolicy(boolean retries, boolean backoff, double delaySeconds, double maxDelaySeconds,
                          double giveUpSeconds, double pendingPerObject) {
    public RetryPolicy(boolean retries, boolean backoff, double delaySeconds, double maxDelaySeconds, double giveUpSeconds) {
        this(retries, backoff, delaySeconds, maxDelaySeconds, giveUpSeconds, 0);
    }

    /** The same policy with at most {@code perObject} pending retries per object. */
    public RetryPolicy pendingPerObject(double perObject) {
        return new RetryPolicy(retries, backoff, delaySeconds, maxDelaySeconds, giveUpSeconds, perObject);
    }

    public RetryPolicy {
        if (pendingPerObject < 0) {
            throw new IllegalArgumentException("pendingPerObject >= 0 expected: " + pendingPerObject);
        }
        if (retries && (!(delaySeconds > 0) || !(maxDelaySeconds >= delaySeconds) || !(giveUpSeconds > 0))) {
            throw new IllegalArgumentException("retry needs 0 < delaySeconds <= maxDelaySeconds and giveUpSeconds > 0: " + this);
        }
    }

    public static RetryPolicy none() {
        return new RetryPolicy(false, false, 1, 1, 1);
    }

    /** Retries after a fixed delay until given up (a backoff cap for when backoff is switched on later). */
    public static RetryPolicy immediate(double delaySeconds, double maxDelaySeconds, double giveUpSeconds) {
        return new RetryPolicy(true, false, delaySeconds, maxDelaySeconds, giveUpSeconds);
    }

    public static RetryPolicy backoff(double firstDelaySeconds, double maxDelaySeconds, double giveUpSeconds) {
        return new RetryPolicy(true, true, firstDelaySeconds, maxDelaySeconds, giveUpSeconds);
    }
}
