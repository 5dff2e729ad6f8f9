package firedrill.engine.alert;

/**
 * One alert instance as the pager shows it. {@code scope} is a cluster id, "fleet" or a service id.
 * {@code resolvedTick} is -1 while firing; {@code ackTick} -1 until acknowledged.
 */
public record AlertEvent(
        int seq,
        String id,
        String rule,
        String severity,
        String summary,
        String scope,
        String region,
        boolean noise,
        int firedTick,
        int resolvedTick,
        int ackTick) {

    public boolean firing() {
        return resolvedTick < 0;
    }

    AlertEvent resolved(int tick) {
        return new AlertEvent(seq, id, rule, severity, summary, scope, region, noise, firedTick, tick, ackTick);
    }

    AlertEvent acked(int tick) {
        return new AlertEvent(seq, id, rule, severity, summary, scope, region, noise, firedTick, resolvedTick, tick);
    }
}
