package firedrill.engine.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-cluster streams: named streams in one array, independent of each other and of the other clusters. */
class ClusterStreamsTest {
    private static final List<String> IDS = List.of("gpt-eastus-01", "api-eastus-01", "infra-south-01");

    @Test
    void eachClusterIsTheNamedStreamOfItsMechanismAndId() {
        ClusterStreams crash = ClusterStreams.derive(42, "crash", IDS);
        for (int c = 0; c < IDS.size(); c++) {
            SeededStream named = SeededStream.derive(42, "crash/" + IDS.get(c));
            for (int i = 0; i < 5; i++) {
                assertEquals(named.nextDouble(), crash.nextDouble(c));
            }
            assertEquals(named.uniform(0.75, 1.25), crash.uniform(c, 0.75, 1.25));
        }
    }

    @Test
    void drawsDependOnlyOnTheClustersOwnHistory() {
        ClusterStreams busy = ClusterStreams.derive(7, "gaps", IDS);
        ClusterStreams idle = ClusterStreams.derive(7, "gaps", IDS);
        for (int i = 0; i < 100; i++) {
            busy.nextLong(0); // cluster 0 draws a lot in one run and not at all in the other
        }
        assertEquals(idle.nextLong(1), busy.nextLong(1));
        assertEquals(idle.nextLong(2), busy.nextLong(2));
        // Adding a cluster to the fleet leaves the others' streams as they were (keyed by id, not index).
        ClusterStreams grown = ClusterStreams.derive(7, "gaps", List.of("new-cluster", "gpt-eastus-01"));
        assertEquals(ClusterStreams.derive(7, "gaps", IDS).nextLong(0), grown.nextLong(1));
    }

    @Test
    void copiesAreIndependentAndMechanismsAndSeedsDiffer() {
        ClusterStreams a = ClusterStreams.derive(1, "crash", IDS);
        a.nextLong(1);
        ClusterStreams b = a.copy();
        assertEquals(a.nextLong(1), b.nextLong(1));
        a.nextLong(1);
        assertNotEquals(a.nextLong(1), b.nextLong(1));
        assertNotEquals(ClusterStreams.derive(1, "crash", IDS).nextLong(0), ClusterStreams.derive(1, "gaps", IDS).nextLong(0));
        assertNotEquals(ClusterStreams.derive(1, "crash", IDS).nextLong(0), ClusterStreams.derive(2, "crash", IDS).nextLong(0));
        assertEquals(3, a.size());
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double u = a.nextDouble(2);
            assertTrue(u >= 0 && u < 1);
            sum += u;
        }
        assertEquals(0.5, sum / 10_000, 0.02);
    }
}
