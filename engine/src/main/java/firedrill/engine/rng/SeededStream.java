package firedrill.engine.rng;

import org.apache.commons.math3.random.BitsStreamGenerator;

/**
 * A copyable Commons Math generator (SplitMix64). Each stream is derived from the run seed and a stable
 * name, so adding a mechanism never shifts another's draws, and a fork copies the exact position of
 * every stream. Per-cluster mechanisms use one stream per cluster ({@link ClusterStreams}, named
 * "mechanism/cluster-id"). Not for cryptography.
 */
public final class SeededStream extends BitsStreamGenerator {
    private static final long serialVersionUID = 1L;
    /** SplitMix64's increment (the golden ratio in 64 bits). */
    static final long GAMMA = 0x9e3779b97f4a7c15L;
    /** FNV-1a's offset basis, the hash of the empty name. */
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private long state;

    private SeededStream(long state) {
        this.state = state;
    }

    /** The stream for {@code name} under {@code seed}; names are stable identifiers, e.g. "crash". */
    public static SeededStream derive(long seed, String name) {
        return new SeededStream(initialState(seed, hash(FNV_OFFSET, name)));
    }

    /** FNV-1a over the characters of {@code text}, continuing from {@code h} (so a prefix hashes once). */
    static long hash(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The state a stream whose name hashes to {@code nameHash} starts from under {@code seed}. */
    static long initialState(long seed, long nameHash) {
        return mix(seed ^ mix(nameHash));
    }

    public SeededStream copy() {
        return new SeededStream(state);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    @Override
    protected int next(int bits) {
        return (int) (nextLong() >>> (64 - bits));
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public void setSeed(int seed) {
        setSeed((long) seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long s = 0;
        for (int v : seed) {
            s = s * 31 + v;
        }
        setSeed(s);
    }

    @Override
    public void setSeed(long seed) {
        state = mix(seed);
        clear();
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }
}
