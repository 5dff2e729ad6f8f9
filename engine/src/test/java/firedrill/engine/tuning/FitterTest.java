package firedrill.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.Fixtures;
import firedrill.engine.scenario.Assumption;
import firedrill.engine.scenario.Scenario;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Convergence on a small budget (no timing: the acceptance timing is measured by the calibrate command). */
class FitterTest {
    private static final Fitter.Options SMALL = new Fitter.Options(2, 1, 24, 7);

    /** The 11 Dec scenario with the DNS grace doubled. */
    private static Scenario perturbed() {
        ObjectNode tree = ScenarioTree.of(Fixtures.openai().scenario());
        Parameter grace = Parameter.parse("mechanisms.dns.graceSeconds", tree);
        ScenarioTree.Built b = ScenarioTree.apply(tree, List.of(grace), new double[] {grace.base() * 2}, "perturbed");
        assertTrue(b.valid(), () -> b.problems().toString());
        return b.scenario();
    }

    @Test
    void fittingTheDoubledGraceBringsTheMilestonesBackAndRecordsTheFit() {
        Scenario s = perturbed();
        List<Parameter> params = List.of(Parameter.parse("mechanisms.dns.graceSeconds", ScenarioTree.of(s)));
        AtomicInteger reports = new AtomicInteger();
        Fitter.Result r = Fitter.fit(s, params, SMALL, (done, total, best) -> reports.incrementAndGet(), () -> false);
        assertTrue(r.beforeReport().inTolerance() < r.beforeReport().rows().size(), "the perturbation moves a milestone out");
        assertEquals(r.afterReport().rows().size(), r.afterReport().inTolerance(), () -> "after: " + r.afterReport().rows());
        assertTrue(r.afterReport().loss() < r.beforeReport().loss());
        assertTrue(r.after()[0] < r.before()[0], "the fitted grace is shorter than the doubled one");
        assertEquals(r.evaluations(), reports.get());
        assertTrue(r.evaluations() <= SMALL.maxEvaluations());
        assertEquals(r.after()[0], r.fitted().mechanisms().dns().graceSeconds(), 1e-9);
        Assumption a = r.fitted().assumptions().stream().filter(x -> x.path().equals("$.mechanisms.dns.graceSeconds"))
                .findFirst().orElseThrow();
        assertTrue(a.reason().contains("Fitted to milestones first-alert"), a.reason());
        assertEquals(1, a.reason().split("Fitted to milestones", -1).length - 1);
    }

    @Test
    void theSameInputsGiveTheSameFit() {
        Scenario s = perturbed();
        List<Parameter> params = List.of(Parameter.parse("mechanisms.dns.graceSeconds", ScenarioTree.of(s)));
        Fitter.Options tiny = new Fitter.Options(1, 1, 8, 3);
        Fitter.Result a = Fitter.fit(s, params, tiny, (d, t, b) -> { }, () -> false);
        Fitter.Result b = Fitter.fit(s, params, tiny, (d, t, x) -> { }, () -> false);
        assertArrayEquals(a.after(), b.after());
        assertEquals(a.afterReport().loss(), b.afterReport().loss());
    }

    @Test
    void cancellingStopsTheFit() {
        Scenario s = perturbed();
        List<Parameter> params = List.of(Parameter.parse("mechanisms.dns.graceSeconds", ScenarioTree.of(s)));
        AtomicInteger seen = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Fitter.fit(s, params, new Fitter.Options(1, 1, 50, 1),
                (d, t, b) -> seen.set(d), () -> seen.get() >= 2));
        assertEquals(2, seen.get());
    }
}
