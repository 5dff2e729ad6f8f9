package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Simulation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the Cloudflare 18 Nov 2025 scenario. The reference playbook must land each published
 * milestone within tolerance in at least 90% of 50 seeds, the core proxy must flap with the
 * five-minute feature-file cycle before the failure becomes steady, and doing nothing never recovers.
 */
class CloudflareCalibrationTest {
    private static final ModelSpec SPEC = Fixtures.shipped("cloudflare-2025-11-18");
    private static final int SEEDS = 50;

    @Test
    void everyPublishedMilestoneWithinToleranceInNinetyPercentOfFiftySeeds() {
        Calibration.Result r = Calibration.run(SPEC, Fixtures.reference(SPEC), 1, SEEDS);
        String detail = r.milestones().stream()
                .map(m -> m.measure() + " " + m.within() + "/" + SEEDS + " (p50 "
                        + (m.p50() < 0 ? "never" : SPEC.timeOf(m.p50())) + ")")
                .collect(Collectors.joining(", "));
        assertTrue(r.milestones().size() >= 6, "the five required milestones and Access are compared: " + detail);
        for (Calibration.MilestoneStats m : r.milestones()) {
            assertTrue(m.within() >= 0.9 * SEEDS, m.measure() + " within tolerance in " + m.within() + "/" + SEEDS
                    + "; " + detail);
        }
        // Every milestone at once is rarer: the 11:20 start and the 13:05 bypass depend on which builds
        // happen to be bad (see the scenario's assumptions); reported, and held to 80%.
        assertTrue(r.shareAllWithin() >= 0.8, "runs with every milestone in tolerance: " + r.runsAllWithin() + "/"
                + SEEDS + "; " + detail);
    }

    /** Dips below 60% and recoveries above 90% of CDN availability, minute by minute, in [from, to). */
    static int[] flaps(double[] perMinute, int fromMinute, int toMinute) {
        int dips = 0;
        int recoveries = 0;
        boolean down = false;
        for (int i = fromMinute; i < toMinute && i < perMinute.length; i++) {
            if (!down && perMinute[i] < 0.6) {
                down = true;
                dips++;
            } else if (down && perMinute[i] >= 0.9) {
                down = false;
                recoveries++;
            }
        }
        return new int[] {dips, recoveries};
    }

    @Test
    void theCoreProxyFlapsWithTheFiveMinuteCycleBeforeFailingSteadily() {
        int from = SPEC.tickOf("11:20") / 60;
        int to = SPEC.tickOf("13:00") / 60;
        List<String> few = IntStream.rangeClosed(1, SEEDS).parallel().mapToObj(seed -> {
            Simulation sim = Fixtures.run(SPEC, seed, Fixtures.reference(SPEC));
            int[] f = flaps(sim.history().availability(0), from, to);
            return f[0] >= 3 && f[1] >= 3 ? null : "seed " + seed + ": " + f[0] + " dips, " + f[1] + " recoveries";
        }).filter(s -> s != null).collect(Collectors.toList());
        assertTrue(few.size() <= SEEDS / 10, "at least 3 dips and 3 recoveries between 11:20 and 13:00 in 90% of seeds; "
                + "not in " + few);
        // Once every source node has the change (15:11) every build is bad: steady failure, no flap.
        Simulation sim = Fixtures.run(SPEC, 1, List.of());
        int[] late = flaps(sim.history().availability(0), SPEC.tickOf("15:15") / 60, SPEC.tickOf("18:00") / 60);
        assertEquals(0, late[1], "no recovery once every build is bad");
    }

    @Test
    void flapCounterCountsOnlyFullSwings() {
        double[] series = {1, 0.4, 0.95, 0.4, 0.7, 0.4, 0.95, 0.3, 0.99};
        int[] f = flaps(series, 0, series.length);
        assertEquals(3, f[0]);
        assertEquals(3, f[1]);
        assertEquals(0, flaps(new double[] {1, 0.8, 0.7, 1}, 0, 4)[0], "a dip above 60% is not a failure");
    }

    @Test
    void doingNothingNeverRecovers() {
        for (long seed = 1; seed <= 5; seed++) {
            RunOutcome o = Fixtures.outcome(SPEC, seed, List.<Command>of());
            for (var e : o.services().entrySet()) {
                assertTrue(e.getValue().impactStart() >= 0, e.getKey() + " is hit");
                assertEquals(-1, e.getValue().fullRecovery(), e.getKey() + " recovered on its own in seed " + seed);
            }
        }
    }

    @Test
    void referenceSeedOneHitsEveryMilestone() {
        RunOutcome o = Fixtures.outcome(SPEC, 1, Fixtures.reference(SPEC));
        var misses = Milestones.compare(o, SPEC).stream().filter(m -> !m.withinTolerance())
                .map(m -> m.measure() + " run " + (m.runTick() < 0 ? "never" : SPEC.timeOf(m.runTick())))
                .collect(Collectors.toList());
        assertTrue(misses.isEmpty(), "outside tolerance: " + misses);
        assertTrue(o.regionsRecovered(5) >= o.regionsRecovered(4) && o.regionsRecovered(4) >= 0,
                "regions recover one after another");
    }
}
