package firedrill.engine.queue;

/**
 * A class of clients that send similar requests at one priority level.
 *
 * @param name           unique name
 * @param level          name of its {@link PriorityLevel}
 * @param cost           cost of a first attempt
 * @param retryCost      cost of a retry (e.g. a broken watch retries as a full LIST); null = {@code cost}
 * @param patienceSeconds how long a client waits for an answer before giving up (&gt; 0); the server's
 *                       request timeout caps it
 * @param retryPatienceSeconds how long a client waits for a retry: a retry that does other work may
 *                       wait differently (a failed 10 s heartbeat is followed by a re-list that waits
 *                       for the server's timeout); NaN = {@code patienceSeconds}
 * @param retry          what the client does after a failure
 */
public record ClientClass(String name, String level, Cost cost, Cost retryCost, double patienceSeconds,
                          double retryPatienceSeconds, RetryPolicy retry) {
    public ClientClass {
        if (name == null || name.isBlank() || level == null || cost == null || retry == null) {
            throw new IllegalArgumentException("a client class needs a name, a level, a cost and a retry policy");
        }
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException("client class " + name + ": patienceSeconds > 0 expected");
        }
        retryCost = retryCost == null ? cost : retryCost;
        retryPatienceSeconds = Double.isNaN(retryPatienceSeconds) ? patienceSeconds : retryPatienceSeconds;
        if (!(retryPatienceSeconds > 0)) {
            throw new IllegalArgumentException("client class " + name + ": retryPatienceSeconds > 0 expected");
        }
    }

    /** The same class retrying as {@code retry} says. */
    public ClientClass withRetry(RetryPolicy retry) {
        return new ClientClass(name, level, cost, retryCost, patienceSeconds, retryPatienceSeconds, retry);
    }

    /** A class whose retries wait as long as its first attempts. */
    public ClientClass(String name, String level, Cost cost, Cost retryCost, double patienceSeconds, RetryPolicy retry) {
        this(name, level, cost, retryCost, patienceSeconds, Double.NaN, retry);
    }
}
