package firedrill.engine.rng;

import java.util.List;

/**
 * One SplitMix64 stream per cluster for one mechanism (common random numbers). Cluster c's stream is
 * exactly {@code SeededStream.derive(seed, mechanism + "/" + id(c))}, so its draws depend only on the
 * seed, the mechanism and the cluster's own id: whether another cluster drew this tick (it crashed,
 * it lost a sample) or a cluster was added to the scenario never moves them, and a what-if that
 * changes one cluster leaves every cluster it is not coupled to exactly as it was. The states sit in
 * one {@code long[]}: a draw allocates nothing and a fork is one array copy. Not for cryptography.
 */
public final class ClusterStreams {
    private final long[] state;

    private ClusterStreams(long[] state) {
        this.state = state;
    }

    /** The streams of {@code mechanism} (a stable name, e.g. "crash") for clusters with these ids, in index order. */
    public static ClusterStreams derive(long seed, String mechanism, List<String> clusterIds) {
        long prefix = SeededStream.hash(SeededStream.FNV_OFFSET, mechanism + "/");
        long[] state = new long[clusterIds.size()];
        for (int c = 0; c < state.length; c++) {
            state[c] = SeededStream.initialState(seed, SeededStream.hash(prefix, clusterIds.get(c)));
        }
        return new ClusterStreams(state);
    }

    public ClusterStreams copy() {
        return new ClusterStreams(state.clone());
    }

    public int size() {
        return state.length;
    }

    /** Next 64 random bits of cluster c's stream. */
    public long nextLong(int c) {
        long z = state[c] + SeededStream.GAMMA;
        state[c] = z;
        return SeededStream.mix(z);
    }

    /** Uniform in [0, 1) from cluster c's stream. */
    public double nextDouble(int c) {
        return (nextLong(c) >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi) from cluster c's stream. */
    public double uniform(int c, double lo, double hi) {
        return lo + (hi - lo) * nextDouble(c);
    }
}
