package firedrill.engine.score;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scoring fixtures shared by the score, session and report tests (one JVM runs them all, so the
 * expensive parts — the par distribution and the real team's baseline — are computed once).
 */
public final class ScoringFixtures {
    public static final long SEED = 1;
    public static final int PAR_RUNS = 24;
    private static Par.Result par;
    private static Scorecard.Baseline baseline;

    private ScoringFixtures() {}

    public static ModelSpec spec() {
        return Fixtures.openai();
    }

    public static synchronized Par.Result par() {
        if (par == null) {
            par = Par.reference(spec(), PAR_RUNS);
        }
        return par;
    }

    public static synchronized Scorecard.Baseline baseline() {
        if (baseline == null) {
            baseline = Scorecard.Baseline.of(spec(), SEED);
        }
        return baseline;
    }

    public static RunRecord record(List<Command> commands) {
        ModelSpec spec = spec();
        List<Command> sorted = new ArrayList<>(commands);
        sorted.sort(Comparator.comparingInt(Command::tick));
        return new RunRecord(spec.scenario().id(), spec.hash(), SEED, spec.horizonTick(), sorted);
    }

    private static final Map<List<Command>, Scorecard> CARDS = new java.util.HashMap<>();

    /** The scorecard of these commands with seed {@link #SEED}, the shared par and baseline (cached). */
    public static synchronized Scorecard card(List<Command> commands) {
        RunRecord r = record(commands);
        Scorecard c = CARDS.get(r.commands());
        if (c == null) {
            c = Scorecard.of(spec(), r, par(), baseline());
            CARDS.put(r.commands(), c);
        }
        return c;
    }

    public static List<Command> reference() {
        return Fixtures.reference(spec());
    }

    public static List<Command> fast() {
        return Fixtures.playbook("openai-fast-response.json", spec());
    }

    /**
     * The fast response plus two classic mistakes: CoreDNS restarted at 15:00 (while the API still
     * answers, so the restart goes through and drops the cache), API servers restarted at 15:30.
     */
    public static List<Command> fastWithMistakes() {
        List<Command> c = new ArrayList<>(fast());
        c.add(Fixtures.at(spec(), "15:00", "restart-coredns", "largest:2"));
        c.add(Fixtures.at(spec(), "15:30", "restart-apiservers", "largest:3"));
        return c;
    }

    /** The fast response, but access re-opened all at once (100% per minute). */
    public static List<Command> fastWithHerd() {
        List<Command> out = new ArrayList<>();
        for (Command c : fast()) {
            out.add("unblock-admin-api".equals(c.action())
                    ? Command.action(c.tick(), c.action(), c.target(), Map.of("rate", 1.0), c.by()) : c);
        }
        return out;
    }
}
