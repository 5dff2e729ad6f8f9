package firedrill.engine.sim;

import firedrill.engine.command.Command;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same scenario + seed + commands → the same run, bit for bit; replays and forks reproduce it. */
class DeterminismTest {
    private final ModelSpec spec = Fixtures.openai();

    private String json(Simulation sim) {
        RunOutcome o = RunOutcome.of(sim);
        return StrictJson.write(OutcomeJson.of(o, spec, Score.of(o, spec)));
    }

    @Test
    void sameInputsGiveByteIdenticalOutput() {
        List<Command> ref = Fixtures.reference(spec);
        Simulation a = Fixtures.run(spec, 7, ref);
        Simulation b = Fixtures.run(spec, 7, ref);
        assertEquals(json(a), json(b));
        assertEquals(StateDigest.of(a), StateDigest.of(b));
    }

    @Test
    void skippingSettledClustersChangesNothingButSpeed() {
        for (List<Command> commands : List.of(List.<Command>of(), Fixtures.reference(spec),
                Fixtures.playbook("openai-fast-response.json", spec))) {
            Simulation fast = Fixtures.run(spec, 5, commands);
            Simulation full = Simulation.start(spec, 5);
            full.model().stepEveryCluster();
            commands.forEach(full::submit);
            full.runToEnd();
            assertEquals(StateDigest.of(full), StateDigest.of(fast));
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        List<Command> ref = Fixtures.reference(spec);
        assertNotEquals(StateDigest.of(Fixtures.run(spec, 1, ref)), StateDigest.of(Fixtures.run(spec, 2, ref)));
    }

    @Test
    void recorderReplayEqualsTheRun() {
        Simulation live = Simulation.start(spec, 3);
        // Commands arrive while the run is going, as from a trainee.
        List<Command> ref = Fixtures.reference(spec);
        int i = 0;
        while (!live.finished()) {
            while (i < ref.size() && ref.get(i).tick() <= live.tick() + 1) {
                live.submit(ref.get(i++));
            }
            live.step();
        }
        RunRecord record = RunRecord.of(live);
        Simulation replay = record.replay(spec);
        assertEquals(StateDigest.of(live), StateDigest.of(replay));
        assertEquals(json(live), json(replay));
        RunRecord reread = StrictJson.mapper().convertValue(StrictJson.mapper().valueToTree(record), RunRecord.class);
        assertEquals(record, reread, "a record survives JSON");
    }

    @Test
    void replayRefusesAnEditedScenario() {
        RunRecord record = new RunRecord(spec.scenario().id(), "0".repeat(64), 1, 100, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> record.replay(spec));
        assertTrue(e.getMessage().contains("different version"), e.getMessage());
    }

    @Test
    void forkWithTheSameCommandsEqualsTheOriginal() {
        List<Command> ref = Fixtures.reference(spec);
        Simulation original = Simulation.start(spec, 11);
        ref.forEach(original::submit);
        original.runUntil(spec.tickOf("16:30"));
        Simulation fork = original.fork();
        original.runToEnd();
        fork.runToEnd();
        assertEquals(StateDigest.of(original), StateDigest.of(fork));
    }

    @Test
    void forkIsIndependentOfItsParent() {
        Simulation original = Simulation.start(spec, 11);
        original.runUntil(spec.tickOf("15:30"));
        long before = StateDigest.of(original);
        Simulation fork = original.fork();
        fork.submit(Command.action(fork.tick() + 1, "block-admin-api", "largest:3", null, "what-if"));
        fork.runUntil(spec.tickOf("16:30"));
        assertEquals(before, StateDigest.of(original), "stepping a fork leaves the parent untouched");
        original.runUntil(spec.tickOf("16:30"));
        assertNotEquals(StateDigest.of(original), StateDigest.of(fork), "a different decision gives a different run");
    }

    @Test
    void lateCommandsApplyAtTheNextTickAndAreLoggedSo() {
        Simulation sim = Simulation.start(spec, 1);
        sim.runUntil(600);
        Command applied = sim.submit(Command.action(10, "status-update", null, null, "test"));
        assertEquals(601, applied.tick());
        sim.step();
        assertEquals(601, sim.log().get(0).tick());
    }
}
