package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The heart of the product: replaying the real responders' actions (the reference playbook) must
 * reproduce the published milestones within tolerance (issue 4, acceptance 1).
 */
class CalibrationTest {
    private final ModelSpec spec = Fixtures.openai();

    @Test
    void referencePlaybookSeedOneHitsEveryMilestone() {
        RunOutcome o = Fixtures.outcome(spec, 1, Fixtures.reference(spec));
        var misses = Milestones.compare(o, spec).stream().filter(m -> !m.withinTolerance())
                .map(m -> m.measure() + " real " + spec.timeOf(m.realTick()) + " run "
                        + (m.runTick() < 0 ? "never" : spec.timeOf(m.runTick())))
                .collect(Collectors.toList());
        assertTrue(misses.isEmpty(), "outside tolerance: " + misses);
        assertTrue(Milestones.compare(o, spec).size() >= 12, "every published milestone is compared");
    }

    @Test
    void atLeastNinetyPercentOfHundredSeedsWithinTolerance() {
        Calibration.Result r = Calibration.run(spec, Fixtures.reference(spec), 1, 100);
        String detail = r.milestones().stream()
                .map(m -> m.measure() + " " + m.within() + "/100 (p50 " + (m.p50() < 0 ? "never" : spec.timeOf(m.p50())) + ")")
                .collect(Collectors.joining(", "));
        assertTrue(r.shareAllWithin() >= 0.9, "runs with every milestone in tolerance: " + r.runsAllWithin()
                + "/100; " + detail);
    }
}
