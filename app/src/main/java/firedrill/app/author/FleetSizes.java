package firedrill.app.author;

import firedrill.engine.model.FleetBuilder;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Mechanisms;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cluster sizes of the fleet exactly as the engine builds it ({@link FleetBuilder}, the generator's
 * own seed), binned on a 1-2-5 log scale for the editor's live histogram.
 */
public record FleetSizes(int[] edges, int[] generated, int[] explicit, int generatedCount, int explicitCount,
                         int generatedMedian, int generatedLargest, String summary) {
    /** Bin edges: bin i holds sizes in [edges[i], edges[i + 1]). */
    static final int[] EDGES = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_001};
    /** Replica sizing does not change node counts; a neutral control plane keeps half-written mechanisms out of it. */
    private static final Mechanisms.ControlPlane NEUTRAL = new Mechanisms.ControlPlane(600.0, 1e6, 1, 0.0, 0.0, 1.0, 0.0,
            0.0, 1.0, 1.0, 1.0, 0.5);

    /** The sizes of a fleet section, or null (with nothing to draw) when it cannot be built yet. */
    public static FleetSizes of(Fleet fleet) {
        if (fleet == null) {
            return null;
        }
        FleetLayout layout;
        try {
            layout = FleetBuilder.build(fleet, NEUTRAL, 0);
        } catch (RuntimeException e) {
            return null;
        }
        int explicitN = fleet.clusters().size();
        int[] gen = new int[EDGES.length - 1];
        int[] exp = new int[EDGES.length - 1];
        int[] genSizes = new int[Math.max(0, layout.clusters() - explicitN)];
        for (int c = 0; c < layout.clusters(); c++) {
            int bin = bin(layout.nodes(c));
            if (c < explicitN) {
                exp[bin]++;
            } else {
                gen[bin]++;
                genSizes[c - explicitN] = layout.nodes(c);
            }
        }
        Arrays.sort(genSizes);
        int median = genSizes.length == 0 ? 0 : genSizes[genSizes.length / 2];
        int largest = genSizes.length == 0 ? 0 : genSizes[genSizes.length - 1];
        String summary = genSizes.length == 0
                ? String.format(Locale.ROOT, "%d explicit clusters, none generated", explicitN)
                : String.format(Locale.ROOT, "%d generated clusters: median %d nodes, largest %d · %d explicit clusters",
                genSizes.length, median, largest, explicitN);
        return new FleetSizes(EDGES.clone(), gen, exp, genSizes.length, explicitN, median, largest, summary);
    }

    static int bin(int nodes) {
        for (int i = EDGES.length - 2; i >= 0; i--) {
            if (nodes >= EDGES[i]) {
                return i;
            }
        }
        return 0;
    }

    public int bins() {
        return edges.length - 1;
    }

    /** "1k" style label of a bin's lower edge. */
    public String label(int bin) {
        int v = edges[bin];
        return v >= 1000 ? v / 1000 + "k" : Integer.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FleetSizes f && Arrays.equals(generated, f.generated) && Arrays.equals(explicit, f.explicit)
                && summary.equals(f.summary);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(generated) * 31 + Arrays.hashCode(explicit);
    }
}
