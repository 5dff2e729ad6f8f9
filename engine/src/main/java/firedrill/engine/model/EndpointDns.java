package firedrill.engine.model;

import firedrill.engine.rng.SeededStream;
import firedrill.engine.scenario.PlatformMechanisms;

/**
 * An endpoint's DNS record kept by automation (docs/model.md, "DNS record emptied by an automation
 * race"). At the race the record becomes empty — "no error, 0 records" — and resolvers' cached answers
 * run out evenly over the TTL. A hand repair restores it, but resolvers that cached the empty answer
 * keep it until their negative-cache TTL runs out. Unless the automation is frozen, the race can empty a
 * repaired record again (exponential wait from the {@code endpoint-dns} stream, drawn at the repair).
 * Stands for: AWS P1/P2, 20 Oct 2025 (the DynamoDB regional endpoint).
 */
final class EndpointDns {
    final int service;
    private final double ttlSeconds;
    private final double negativeTtlSeconds;
    private final double recurMeanSeconds;
    private final SeededStream rng;
    boolean empty;
    boolean frozen;
    private int nextRaceTick;
    private int emptiedTick = -1;
    private int repairedTick = -1;
    private double negativeShare;
    private double available = 1;

    EndpointDns(PlatformMechanisms.EndpointDns p, ModelSpec spec, long seed) {
        service = spec.layout().serviceIndex(p.service());
        ttlSeconds = Math.max(1, p.ttlSeconds());
        negativeTtlSeconds = Math.max(1, p.negativeTtlSeconds());
        recurMeanSeconds = p.recurMeanSeconds() == null ? 0 : p.recurMeanSeconds();
        nextRaceTick = spec.tickOf(p.raceAt());
        rng = SeededStream.derive(seed, "endpoint-dns");
    }

    private EndpointDns(EndpointDns o) {
        service = o.service;
        ttlSeconds = o.ttlSeconds;
        negativeTtlSeconds = o.negativeTtlSeconds;
        recurMeanSeconds = o.recurMeanSeconds;
        rng = o.rng.copy();
        empty = o.empty;
        frozen = o.frozen;
        nextRaceTick = o.nextRaceTick;
        emptiedTick = o.emptiedTick;
        repairedTick = o.repairedTick;
        negativeShare = o.negativeShare;
        available = o.available;
    }

    EndpointDns copy() {
        return new EndpointDns(this);
    }

    /** Share of lookups that get a usable answer this second. */
    double step(int tick) {
        if (!empty && !frozen && tick == nextRaceTick) {
            empty = true;
            emptiedTick = tick;
            nextRaceTick = -1;
        }
        if (empty) {
            // Positive answers cached before the race run out evenly over the TTL.
            available = Math.min(available, clamp01(1 - (tick - emptiedTick) / ttlSeconds));
        } else if (repairedTick >= 0) {
            available = 1 - negativeShare * clamp01(1 - (tick - repairedTick) / negativeTtlSeconds);
        }
        return available;
    }

    /** The record is written back by hand; resolvers holding the empty answer keep it for a while. */
    boolean repair(int tick) {
        if (!empty) {
            return false;
        }
        empty = false;
        repairedTick = tick;
        negativeShare = 1 - available;
        if (!frozen && recurMeanSeconds > 0) {
            nextRaceTick = tick + 1 + (int) Math.round(-recurMeanSeconds * Math.log(1 - rng.nextDouble()));
        }
        return true;
    }

    /** The automation stops: no further plans are applied, so the race cannot recur (nor fix anything). */
    void freeze() {
        frozen = true;
        nextRaceTick = -1;
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
