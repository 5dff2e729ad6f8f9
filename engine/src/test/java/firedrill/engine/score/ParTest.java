package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Par: parallel, ordered by seed, cancellable, with progress; each run takes the reference decisions at
 * its own times (a real team's variability), deterministically; percentiles place a run in it.
 */
class ParTest {
    private final ModelSpec spec = ScoringFixtures.spec();

    @Test
    void resultsAreOrderedBySeedAndEqualSequentialRuns() {
        Par.Result par = ScoringFixtures.par();
        assertEquals(ScoringFixtures.PAR_RUNS, par.runs());
        assertEquals(ParTempo.DEFAULT, par.tempo());
        for (int i : new int[] {0, 7, par.runs() - 1}) {
            List<Command> times = ParTempo.DEFAULT.apply(spec, Par.referenceCommands(spec), 1 + i);
            RunOutcome seq = Fixtures.outcome(spec, 1 + i, times);
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
    void aRealTeamsVariabilitySpreadsTheImpactSoThePercentileMovesWithIt() {
        Par.Result par = ScoringFixtures.par();
        Par.Spread s = par.impact();
        assertTrue(s.p90() - s.p10() >= 30, "p10–p90 of impact minutes: " + s.p10() + "–" + s.p90());
        long distinct = java.util.Arrays.stream(par.impactMinutes()).distinct().count();
        assertTrue(distinct >= par.runs() - 2, distinct + " distinct impacts in " + par.runs() + " runs");
        // Every run is a step of 100/runs in the percentile: no plateau where better work earns nothing
        // (runs that tie share a percentile).
        double previous = 100;
        double previousValue = Double.NaN;
        double[] sorted = par.impactMinutes().clone();
        java.util.Arrays.sort(sorted);
        for (double v : sorted) {
            double p = par.percentileOf(v);
            if (v == previousValue) {
                assertEquals(previous, p, "a tie shares its percentile");
                continue;
            }
            assertTrue(p < previous && previous - p <= 100.0 / par.runs() * 1.5 + 1e-9, v + " min → " + p + "% after " + previous);
            previous = p;
            previousValue = v;
        }
    }

    @Test
    void theVariedParIsDeterministic() {
        List<Command> reference = Par.referenceCommands(spec);
        Par.Result a = Par.run(spec, reference, ParTempo.DEFAULT, 40, 3, Par.Progress.NONE, () -> false);
        Par.Result b = Par.run(spec, reference, ParTempo.DEFAULT, 40, 3, Par.Progress.NONE, () -> false);
        assertEquals(a.outcomes(), b.outcomes());
        assertTrue(java.util.Arrays.equals(a.impactMinutes(), b.impactMinutes()));
        assertEquals(ParTempo.DEFAULT.apply(spec, reference, 41), ParTempo.DEFAULT.apply(spec, reference, 41));
        assertTrue(!ParTempo.DEFAULT.apply(spec, reference, 41).equals(ParTempo.DEFAULT.apply(spec, reference, 42)),
                "another seed, other decision times");
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
        Par.Result r = Par.run(spec, List.of(), ParTempo.NONE, 1, 3, (done, total) -> {
            assertEquals(3, total);
            seen.accumulateAndGet(done, Math::max);
        }, () -> false);
        assertEquals(3, seen.get());
        assertEquals(3, r.runs());
        AtomicInteger started = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Par.run(spec, List.of(), ParTempo.DEFAULT, 1, 50, (d, t) -> { },
                () -> started.incrementAndGet() > 5));
    }
}
