package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.StateDigest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-if forks start from copies of the recorded run's state and reproduce it exactly. */
class WhatIfTest {
    private final ModelSpec spec = ScoringFixtures.spec();

    private RunRecord liveRecord(long seed, List<Command> commands) {
        // Commands arrive while the run is going, as from a trainee, with an ack and an inject among them.
        Simulation live = Simulation.start(spec, seed);
        int i = 0;
        while (!live.finished()) {
            while (i < commands.size() && commands.get(i).tick() <= live.tick() + 1) {
                live.submit(commands.get(i++));
            }
            live.step();
        }
        return RunRecord.of(live);
    }

    private List<Command> fastWithChatter() {
        List<Command> c = new java.util.ArrayList<>(ScoringFixtures.fast());
        c.add(Command.inject(spec.tickOf("15:18"), "facilitator", "exec asks for an ETA"));
        c.add(Command.ack(spec.tickOf("15:18"), "no-such-alert", "ic"));
        c.sort(java.util.Comparator.comparingInt(Command::tick));
        return c;
    }

    @Test
    void originalEqualsTheRecordReplayedFromZero() {
        RunRecord record = liveRecord(3, fastWithChatter());
        WhatIf w = WhatIf.of(spec, record);
        Simulation replay = record.replay(spec);
        assertEquals(StateDigest.of(replay), w.original().digest(), "replay equality");
        assertEquals(record.commands(), w.original().commands());
    }

    @Test
    void forkAtEveryDecisionWithTheSameCommandsEqualsTheOriginal() {
        RunRecord record = liveRecord(3, fastWithChatter());
        WhatIf w = WhatIf.of(spec, record);
        long original = w.original().digest();
        assertTrue(w.checkpointTicks().length >= 8, "one checkpoint per decision tick");
        for (int i = 0; i < w.decisions().size(); i++) {
            WhatIf.Comparison same = w.same(i);
            assertEquals(original, same.alternative().digest(), "fork at decision " + i + " (" + spec.timeOf(w.tick(i)) + ")");
            assertEquals(w.tick(i), same.fromTick());
        }
        assertEquals(original, w.original().digest(), "branching never touches the original");
    }

    @Test
    void checkpointsAreCopiesThatSteppingNeverChanges() {
        WhatIf w = WhatIf.of(spec, liveRecord(5, ScoringFixtures.fast()));
        Simulation cp = w.checkpoint(3);
        assertEquals(w.tick(3) - 1, cp.tick(), "the state just before the decision's tick");
        cp.submit(Command.action(cp.tick() + 1, "restart-apiservers", "largest:5", null, "what-if"));
        cp.runUntil(spec.tickOf("17:00"));
        assertEquals(w.original().digest(), w.same(3).alternative().digest());
    }

    @Test
    void replacingADecisionChangesTheFutureOnly() {
        WhatIf w = WhatIf.of(spec, ScoringFixtures.record(ScoringFixtures.fast()));
        int first = -1;
        for (int i = 0; i < w.decisions().size() && first < 0; i++) {
            if ("unblock-admin-api".equals(w.decisions().get(i).action())) {
                first = i;
            }
        }
        int unblock = first;
        Command careful = w.decisions().get(unblock);
        Command reckless = Command.action(careful.tick(), careful.action(), careful.target(), Map.of("rate", 1.0), "what-if");
        WhatIf.Comparison c = w.replace(unblock, reckless);
        assertTrue(c.original().outcome().allClustersRecovered() >= 0);
        assertEquals(-1, c.alternative().outcome().allClustersRecovered(), "re-opening all at once brings the herd back");
        double[][] a = c.original().availability();
        double[][] b = c.alternative().availability();
        assertEquals(a[0].length, b[0].length, "both series cover the same minutes");
        int before = careful.tick() / 60;
        for (int k = 0; k < a.length; k++) {
            for (int m = 0; m <= before; m++) {
                assertEquals(a[k][m], b[k][m], "the past is shared up to the decision");
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> w.branch(unblock, List.of(Command.action(careful.tick() - 60, "escalate", null, null, "x"))),
                "a what-if cannot change the past");
    }

    @Test
    void removingAndAddingDecisions() {
        WhatIf w = WhatIf.of(spec, ScoringFixtures.record(ScoringFixtures.fast()));
        WhatIf.Comparison without = w.without(0);
        assertNotEquals(w.original().digest(), without.alternative().digest());
        assertEquals(w.decisions().size() - 1, without.alternative().commands().size());
        WhatIf.Comparison added = w.add(Fixtures.at(spec, "15:00", "restart-coredns", "largest:2"));
        assertEquals(w.decisions().size() + 1, added.alternative().commands().size());
        int impact = added.alternative().outcome().service("api").impactStart();
        assertTrue(impact < w.original().outcome().service("api").impactStart(),
                "dropping the DNS cache early brings the impact forward: " + spec.timeOf(impact));
        WhatIf.Comparison addedLate = w.add(Fixtures.at(spec, "23:00", "status-update", null));
        int[] cps = w.checkpointTicks();
        assertEquals(cps[cps.length - 1], addedLate.fromTick(), "starts from the last checkpoint before it");
        assertEquals(w.original().outcome().services(), addedLate.alternative().outcome().services(),
                "a late status update changes no service");
    }
}
