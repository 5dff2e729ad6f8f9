package firedrill.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.StateDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drill file: stable round trip, strict reading, and a resume that must reach the saved state. */
class DrillRecordTest {
    private static final long SEED = 3;

    /** A drill saved at 15:30 with two decisions (one still pending), an inject and two observations. */
    static DrillRecord saved(ModelSpec spec) {
        Simulation sim = Simulation.start(spec, SEED);
        int t1 = spec.tickOf("15:14");
        sim.runUntil(t1);
        sim.submit(Command.action(t1 + 1, "status-update", null, Map.of(), "Sam · Comms"));
        sim.submit(Command.inject(t1 + 1, "exec", "ETA?"));
        sim.runUntil(spec.tickOf("15:30"));
        int now = sim.tick();
        Command pending = sim.submit(Command.action(now + 1, "block-admin-api", "largest:3", Map.of(), "Lee · Operations"));
        return new DrillRecord(DrillRecord.FORMAT, spec.scenario().id(), spec.hash(), SEED, "Standard", true,
                DrillRecord.RUNNING, "2026-11-26T10:00:00Z", "2026-11-26T10:20:00Z", now,
                DrillRecord.digestOf(sim), DrillRecord.STANDARD_ROLES,
                List.of(new DrillRecord.Member("Sam", DrillRecord.COMMS), new DrillRecord.Member("Lee", DrillRecord.OPERATIONS)),
                sim.log(), List.of(pending),
                List.of(new DrillRecord.Decision(t1, "Sam", DrillRecord.COMMS, "status-update", null, Map.of()),
                        new DrillRecord.Decision(now, "Lee", DrillRecord.OPERATIONS, "block-admin-api", "largest:3", Map.of())),
                List.of(new DrillRecord.Observation(t1, "strength", DrillRecord.COMMS, "Posted within a minute"),
                        new DrillRecord.Observation(now, "improvement", null, "Nobody looked at DNS")));
    }

    /**
     * A drill@1 file as written before the record kept corrections and named its clocks apart (frozen
     * in test resources) still loads: no withdrawn decisions, no corrections, every observation current.
     */
    @Test
    void aDrillFileFromBeforeCorrectionsStillLoads() throws Exception {
        byte[] bytes;
        try (var in = DrillRecordTest.class.getResourceAsStream("/records/drill-v1-before-corrections.json")) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("withdrawn") || text.contains("endedAtWall") || text.contains("person"), "an old file");
        DrillRecord r = DrillRecord.parse("drill-v1-before-corrections.json", bytes);
        assertEquals(DrillRecord.FORMAT, r.format());
        assertEquals(2, r.decisions().size());
        assertTrue(r.withdrawn().isEmpty());
        assertFalse(r.decisions().get(0).isCorrected());
        assertEquals(r.observations(), r.currentObservations());
        assertEquals(null, r.endedAtWall());
        assertEquals(text, r.toJson(), "and is written back byte for byte");
        assertTrue(r.mismatch(Fixtures.openai()).isEmpty() || r.mismatch(Fixtures.openai()).get().contains("version"));
    }

    /** Corrections and edits are checked like everything else: an observation can only replace an earlier one. */
    @Test
    void anEditMustReplaceAnEarlierObservation() {
        ModelSpec spec = Fixtures.openai();
        DrillRecord r = saved(spec);
        List<DrillRecord.Observation> os = new java.util.ArrayList<>(r.observations());
        os.add(new DrillRecord.Observation(r.tick(), "note", null, "edited", "Sam", 5, r.tick(), null));
        DrillRecord bad = new DrillRecord(r.format(), r.scenario(), r.scenarioHash(), r.seed(), r.difficulty(), r.showSpeed(),
                r.status(), r.startedAt(), r.savedAt(), r.tick(), r.digest(), r.roles(), r.roster(), r.commands(), r.pending(),
                r.decisions(), os, null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DrillRecord.parse("drill.json", bad.toBytes()));
        assertTrue(e.getMessage().contains("$.observations[2].replaces"), e.getMessage());
    }

    @Test
    void roundTripsAndResumesToTheSavedStateWithThePendingCommandQueued() throws Exception {
        ModelSpec spec = Fixtures.openai();
        DrillRecord r = saved(spec);
        String json = r.toJson();
        DrillRecord back = DrillRecord.parse("drill.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(r, back);
        assertEquals(json, back.toJson(), "stable bytes");
        assertEquals(r.commands().get(0).tick(), r.appliedTick(0));
        assertEquals(-1, r.appliedTick(1), "the second decision is still pending");
        assertEquals(r.tick() + 1, r.commandTick(1));
        assertEquals("Sam · Comms", r.decisions().get(0).who());

        Simulation resumed = back.resume(spec);
        assertEquals(r.tick(), resumed.tick());
        assertEquals(r.digest(), DrillRecord.digestOf(resumed));
        assertEquals(r.pending(), resumed.pending());
        // Continuing the resumed drill equals continuing the original run.
        Simulation original = Simulation.start(spec, SEED);
        for (Command c : r.allCommands()) {
            original.submit(c);
        }
        original.runUntil(r.tick() + 600);
        resumed.runUntil(r.tick() + 600);
        assertEquals(StateDigest.of(original), StateDigest.of(resumed));
    }

    @Test
    void refusesAReplayThatDoesNotReachTheSavedState() {
        ModelSpec spec = Fixtures.openai();
        DrillRecord r = saved(spec);
        DrillRecord wrong = new DrillRecord(r.format(), r.scenario(), r.scenarioHash(), r.seed() + 1, r.difficulty(),
                r.showSpeed(), r.status(), r.startedAt(), r.savedAt(), r.tick(), r.digest(), r.roles(), r.roster(),
                r.commands(), r.pending(), r.decisions(), r.observations());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wrong.resume(spec));
        assertTrue(e.getMessage().contains("did not reproduce the saved state"), e.getMessage());
        DrillRecord otherHash = new DrillRecord(r.format(), r.scenario(), "0".repeat(64), r.seed(), r.difficulty(),
                r.showSpeed(), r.status(), r.startedAt(), r.savedAt(), r.tick(), r.digest(), r.roles(), r.roster(),
                r.commands(), r.pending(), r.decisions(), r.observations());
        assertTrue(otherHash.mismatch(spec).orElseThrow().contains("different version"));
    }

    @Test
    void readsStrictlyAndSaysWhereTheProblemIs() {
        ModelSpec spec = Fixtures.openai();
        String json = saved(spec).toJson();
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> DrillRecord.parse("d.json",
                json.replace("\"status\"", "\"stauts\"").getBytes(StandardCharsets.UTF_8)));
        assertTrue(unknown.problems().stream().anyMatch(p -> p.path().equals("$.stauts")), unknown.problems().toString());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> DrillRecord.parse("d.json",
                json.replace("\"strength\"", "\"praise\"").replace("\"running\"", "\"paused\"")
                        .getBytes(StandardCharsets.UTF_8)));
        List<String> paths = bad.problems().stream().map(p -> p.path()).toList();
        assertTrue(paths.contains("$.status") && paths.contains("$.observations[0].tag"), paths.toString());
        // More decisions than action commands would break decision i ↔ action command i.
        DrillRecord r = saved(spec);
        DrillRecord extra = new DrillRecord(r.format(), r.scenario(), r.scenarioHash(), r.seed(), r.difficulty(),
                r.showSpeed(), r.status(), r.startedAt(), r.savedAt(), r.tick(), r.digest(), r.roles(), r.roster(),
                r.commands(), List.of(), r.decisions(), r.observations());
        assertFalse(DrillRecord.validate("d.json", extra).isEmpty());
    }

    @Test
    void reportExtensionListsTeamDecisionsInjectsAndObservationsWithoutScoring() {
        ModelSpec spec = Fixtures.openai();
        DrillRecord r = saved(spec);
        DrillReport report = DrillReport.of(spec, r, null);
        Map<String, Object> m = report.toMap();
        assertEquals(2, ((List<?>) m.get("team")).size());
        assertEquals(2, ((List<?>) m.get("decisions")).size());
        assertEquals(2, ((List<?>) m.get("observations")).size());
        assertTrue(report.injects().stream().anyMatch(i -> "facilitator".equals(i.source()) && "ETA?".equals(i.text())));
        assertTrue(report.injects().stream().anyMatch(i -> "scenario".equals(i.source())), "scripted injects up to 15:30");
        StringBuilder html = new StringBuilder();
        report.appendHtml(html);
        assertTrue(html.toString().contains("queued when the drill ended"), "the pending decision is marked");
        assertEquals(DrillRecord.STANDARD_ROLES, report.roles());
    }
}
