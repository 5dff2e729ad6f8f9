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
 * @param retry          what the client does after a failure
 */
public record ClientClass(String name, String level, Cost cost, Cost retryCost, double patienceSeconds,
                          RetryPolicy retry) {
    public ClientClass {
        if (name == null || name.isBlank() || level == null || cost == null || retry == null) {
            throw new IllegalArgumentException("a client class needs a name, a level, a cost and a retry policy");
        }
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException("client class " + name + ": patienceSeconds > 0 expected");
        }
        retryCost = retryCost == null ? cost : retryCost;
    }
}
