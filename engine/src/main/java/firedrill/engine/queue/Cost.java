package firedrill.engine.queue;

/**
 * What one request costs the server. It runs for {@code seconds + secondsPerObject × objects} and
 * occupies {@code min(maxSeats, 1 + seatsPerObject × objects)} seats meanwhile, where {@code objects}
 * is the object count the caller passes to each step (a LIST of every node's pods costs ∝ nodes).
 * The server charges at most {@code maxSeats}, but the request uses its full width of the server's
 * resources, so wide requests beyond the cap slow every request down (see {@link RequestServer}).
 *
 * @param seconds          service time of a request that touches no objects, seconds (&gt; 0)
 * @param secondsPerObject extra service time per object, seconds
 * @param seatsPerObject   extra seats per object (wide requests), seats
 * @param maxSeats         upper bound on the seats of one request (&ge; 1)
 */
public record Cost(double seconds, double secondsPerObject, double seatsPerObject, double maxSeats) {
    public Cost {
        if (!(seconds > 0) || secondsPerObject < 0 || seatsPerObject < 0 || !(maxSeats >= 1)) {
            throw new IllegalArgumentException("cost needs seconds > 0, per-object terms >= 0, maxSeats >= 1: " + this);
        }
    }

    /** A request of fixed duration on one seat. */
    public static Cost fixed(double seconds) {
        return new Cost(seconds, 0, 0, 1);
    }

    /** A request on one seat whose duration grows with the object count. */
    public static Cost perObject(double seconds, double secondsPerObject) {
        return new Cost(seconds, secondsPerObject, 0, 1);
    }

    public double durationSeconds(double objects) {
        return seconds + secondsPerObject * objects;
    }

    public double seats(double objects) {
        return Math.min(maxSeats, 1 + seatsPerObject * objects);
    }

    /** Seat-seconds of one request as the server charges it (seats capped at maxSeats). */
    public double seatSeconds(double objects) {
        return seats(objects) * durationSeconds(objects);
    }

    /** Width of one request in real resources: uncapped (the cap is accounting, not cost). */
    public double realSeats(double objects) {
        return 1 + seatsPerObject * objects;
    }

    /** Seat-seconds of real work of one request. */
    public double realSeatSeconds(double objects) {
        return realSeats(objects) * durationSeconds(objects);
    }
}
