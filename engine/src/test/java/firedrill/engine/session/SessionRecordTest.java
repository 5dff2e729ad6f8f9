package firedrill.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.StateDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session records: stable JSON, strict reading, exact replay, a clear refusal for edited scenarios. */
class SessionRecordTest {
    private final ModelSpec spec = Fixtures.openai();

    private Simulation liveRun(long seed, int untilTick) {
        Simulation live = Simulation.start(spec, seed);
        List<Command> commands = Fixtures.playbook("openai-fast-response.json", spec);
        int i = 0;
        while (live.tick() < untilTick) {
            while (i < commands.size() && commands.get(i).tick() <= live.tick() + 1) {
                live.submit(commands.get(i++));
            }
            if (live.tick() == spec.tickOf("15:20")) {
                live.submit(Command.inject(live.tick() + 1, "facilitator", "VP asks for an ETA"));
            }
            live.step();
        }
        return live;
    }

    private SessionRecord record(Simulation sim) {
        RunOutcome o = RunOutcome.of(sim);
        return SessionRecord.of(sim, "hard", "practice", spec.tickOf("15:13"), OutcomeJson.of(o, spec, Score.of(o, spec)),
                new SessionRecord.Grade(84, "Better than the real team", 132.4),
                List.of(new SessionRecord.Note(spec.tickOf("15:30"), "scribe", "IC asked for the runbook")), null);
    }

    @Test
    void writesStablyAndReadsBackEqual() throws Exception {
        SessionRecord r = record(liveRun(2, spec.tickOf("17:00")));
        String json = r.toJson();
        assertTrue(json.startsWith("{\n  \"format\" : \"firedrill/session@1\""), json.substring(0, 80));
        SessionRecord back = SessionRecord.parse("s.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(json, back.toJson(), "write(read(write(r))) is byte-identical");
        assertEquals(r.commands(), back.commands());
        assertEquals(r.notes(), back.notes());
        assertEquals(r.grade(), back.grade());
    }

    @Test
    void replayReproducesTheRunExactly(@TempDir Path dir) throws Exception {
        Simulation live = liveRun(4, spec.tickOf("16:10"));
        Path file = dir.resolve("s.json");
        Files.write(file, record(live).toBytes());
        SessionRecord read = SessionRecord.read(file);
        Simulation replay = read.replay(spec);
        assertEquals(live.tick(), replay.tick());
        assertEquals(StateDigest.of(live), StateDigest.of(replay));
    }

    @Test
    void aRecordOfAnotherScenarioVersionSaysSoClearly() {
        SessionRecord r = record(liveRun(1, 4000));
        SessionRecord edited = new SessionRecord(r.format(), r.scenario(), "ab".repeat(32), r.seed(), r.difficulty(),
                r.mode(), r.startedTick(), r.endedTick(), r.savedAt(), r.commands(), r.outcome(), r.grade(), r.notes());
        String why = edited.mismatch(spec).orElseThrow();
        assertTrue(why.contains("different version of scenario \"openai-2024-12-11\"") && why.contains("abababababab")
                && why.contains("would not reproduce the run"), why);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> edited.replay(spec));
        assertEquals(why, e.getMessage());
        assertTrue(r.mismatch(spec).isEmpty());
    }

    @Test
    void readingIsStrictAndSaysWhere() throws Exception {
        String good = record(liveRun(1, 4000)).toJson();
        assertProblem(good.replace("\"mode\" :", "\"mood\" : \"x\", \"mode\" :"), "$.mood", "unknown field");
        assertProblem(good.replace("firedrill/session@1", "firedrill/session@2"), "$.format",
                "made by a newer Firedrill (session@2); this version reads session@1");
        assertProblem(good.replace("firedrill/session@1", "firedrill/session@0"), "$.format", "expected \"firedrill/session@1\"");
        assertProblem(good.replace("\"seed\" : 1,", "\"seed\" : \"1\","), "$.seed", "expected a whole number");
        assertProblem(good.replaceFirst("\"tick\" : \\d+", "\"tick\" : 999999"), "$.commands[0].tick", "between 1 and endedTick");
        assertProblem(good.replaceFirst("\"scenarioHash\" : \"[0-9a-f]+\"", "\"scenarioHash\" : \"xyz\""), "$.scenarioHash",
                "64 lowercase hex");
        // Where the cut lands (and so the exact wording) depends on the record's length.
        assertProblem(good.substring(0, good.length() / 2), "$", "unexpected end");
        byte[] huge = new byte[(int) firedrill.engine.scenario.StrictJson.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionRecord.parse("big.json", huge));
        assertTrue(e.getMessage().contains("expected at most"), e.getMessage());
    }

    private static void assertProblem(String json, String path, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SessionRecord.parse("s.json", json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().startsWith(path) && p.message().contains(message)),
                "expected " + path + ": " + message + " in " + e.problems());
    }
}
