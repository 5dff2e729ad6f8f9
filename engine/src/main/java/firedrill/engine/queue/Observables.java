package firedrill.engine.queue;

/**
 * What monitoring sees of a {@link RequestServer} after a step.
 *
 * @param seatsInUse     seats busy on average over the step (exempt requests included)
 * @param seatCapacity   non-exempt seats
 * @param offeredSeats   seats the offered work (first attempts and retries) would need
 * @param queued         requests waiting in queues at the end of the step
 * @param rejectedShare  share of requests rejected at once because their queue was full (429)
 * @param answeredShare  share of requests answered before their client gave up (goodput / offered)
 * @param p50Seconds     median latency of admitted (not rejected) requests; none exceeds the timeout
 * @param p99Seconds     99th percentile latency
 */
public record Observables(double seatsInUse, double seatCapacity, double offeredSeats, double queued,
                          double rejectedShare, double answeredShare, double p50Seconds, double p99Seconds) {}
