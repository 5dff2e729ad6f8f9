package firedrill.engine.queue;

/**
 * A priority level (API Priority and Fairness style). Non-exempt levels share the server's seats in
 * proportion to {@code shares}; a level lends up to {@code lendableShare} of the seats it does not
 * use to busier levels. Requests that find no free seat wait in the level's queues, at most
 * {@code queueLimit} requests (0: rejected at once); beyond that they are rejected (HTTP 429).
 * An exempt level is never limited nor queued (break-glass, the server's own traffic).
 *
 * @param name          unique name
 * @param exempt        bypasses seats and queues
 * @param shares        nominal concurrency shares (&ge; 0; ignored when exempt)
 * @param lendableShare share of unused nominal seats other levels may borrow, [0,1]
 * @param queueLimit    requests that may wait (over all of the level's queues), &ge; 0
 */
public record PriorityLevel(String name, boolean exempt, double shares, double lendableShare, double queueLimit) {
    public PriorityLevel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a priority level needs a name");
        }
        if (shares < 0 || lendableShare < 0 || lendableShare > 1 || queueLimit < 0) {
            throw new IllegalArgumentException("priority level " + name
                    + ": shares >= 0, lendableShare in [0,1], queueLimit >= 0 expected");
        }
    }

    public static PriorityLevel exempt(String name) {
        return new PriorityLevel(name, true, 0, 0, 0);
    }

    public static PriorityLevel queued(String name, double shares, double lendableShare, double queueLimit) {
        return new PriorityLevel(name, false, shares, lendableShare, queueLimit);
    }
}
