package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.sim.History;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryWatchTest {
    private static List<History.Minute> rows(double... observed) {
        List<History.Minute> out = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            double v = observed[i];
            out.add(new History.Minute(i * 60, new double[] {v, v}, new double[] {v, 1.0}, 0, 0, 0,
                    new float[0], new float[0], new float[0]));
        }
        return out;
    }

    private static double[] series(int healthyBefore, int impact, int healthyAfter) {
        double[] v = new double[healthyBefore + impact + healthyAfter];
        for (int i = 0; i < v.length; i++) {
            v[i] = i >= healthyBefore && i < healthyBefore + impact ? 0.4 : 1.0;
        }
        return v;
    }

    @Test
    void endsAfterFifteenStableMinutesFollowingAnImpact() {
        assertTrue(RecoveryWatch.recovered(rows(series(5, 10, 15)), 4 * 60, 15));
        assertFalse(RecoveryWatch.recovered(rows(series(5, 10, 14)), 4 * 60, 15), "not stable long enough");
    }

    @Test
    void needsAnImpactAndAnAlert() {
        assertFalse(RecoveryWatch.recovered(rows(series(40, 0, 0)), 4 * 60, 15), "nothing ever broke");
        assertFalse(RecoveryWatch.recovered(rows(series(5, 10, 20)), -1, 15), "no alert yet");
    }

    @Test
    void missingObservationsDoNotCountAsHealthy() {
        double[] v = series(5, 10, 15);
        v[v.length - 3] = Double.NaN;
        assertFalse(RecoveryWatch.recovered(rows(v), 4 * 60, 15));
    }

    @Test
    void countsDownTheStableMinutesStillMissing() {
        List<History.Minute> r = rows(series(5, 10, 4));
        assertEquals(11, RecoveryWatch.minutesLeft(r.size(), r::get, 4 * 60, 15));
        List<History.Minute> done = rows(series(5, 10, 15));
        assertEquals(0, RecoveryWatch.minutesLeft(done.size(), done::get, 4 * 60, 15));
        List<History.Minute> still = rows(series(5, 10, 0));
        assertEquals(-1, RecoveryWatch.minutesLeft(still.size(), still::get, 4 * 60, 15), "still impacted");
        List<History.Minute> calm = rows(series(30, 0, 0));
        assertEquals(-1, RecoveryWatch.minutesLeft(calm.size(), calm::get, 4 * 60, 15), "nothing broke");
    }
}
