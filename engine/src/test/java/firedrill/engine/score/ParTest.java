package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Par: parallel, ordered by seed, cancellable, with progress; percentiles place a run in it. */
class ParTest {
    private final ModelSpec spec = ScoringFixtures.spec();

    @Test
    void resultsAreOrderedBySeedAndEqualSequentialRuns() {
        Par.Result par = ScoringFixtures.par();
        assertEquals(ScoringFixtures.PAR_RUNS, par.runs());
        for (int i : new int[] {0, 7, par.runs() - 1}) {
            RunOutcome seq = Fixtures.outcome(spec, 1 + i, Par.referenceCommands(spec));
            assertEquals(seq, par.outcomes().get(i), "run " + i + " is seed " + (1 + i));
            assertEquals(Par.totalImpact(seq), par.impactMinutes()[i]);
        }
        Par.Spread s = par.impact();
        assertTrue(s.min() <= s.p10() && s.p10() <= s.p25() && s.p25() <= s.p50() && s.p50() <= s.p75()
                && s.p75() <= s.p90() && s.p90() <= s.max(), s.toString());
        Par.ServicePar api = par.service("api");
        assertEquals(par.runs(), api.recovered(), "the reference playbook always recovers the API");
        int p50 = api.fullRecoveryPercentile(50);
        assertTrue(Math.abs(p50 - spec.tickOf("19:38")) <= 20 * 60, "API p50 " + spec.timeOf(p50));
    }

    @Test
    void percentilesPlaceARunInTheDistribution() {
        Par.Result par = ScoringFixtures.par();
        assertEquals(100.0, par.percentileOf(par.impact().min() - 1));
        assertEquals(0.0, par.percentileOf(par.impact().max() + 1));
        double mid = par.percentileOf(par.impact().p50());
        assertTrue(mid > 25 && mid < 75, "the median is mid-distribution: " + mid);
        assertEquals(0.0, par.service("api").percentileOf(-1), "never recovering is worse than every run");
        assertEquals(100.0, par.service("api").percentileOf(0));
    }

    @Test
    void progressIsReportedAndCancellationStopsTheRuns() {
        AtomicInteger seen = new AtomicInteger();
        Par.Result r = Par.run(spec, List.of(), 1, 3, (done, total) -> {
            assertEquals(3, total);
            seen.accumulateAndGet(done, Math::max);
        }, () -> false);
        assertEquals(3, seen.get());
        assertEquals(3, r.runs());
        AtomicInteger started = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Par.run(spec, List.of(), 1, 50, (d, t) -> { },
                () -> started.incrementAndGet() > 5));
    }
}
