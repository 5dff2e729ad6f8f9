package firedrill.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.ModelVersion;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Records say which engine made them; files from a newer Firedrill say so instead of "unknown field". */
class RecordVersionsTest {
    static Path resource(String name) throws Exception {
        return Paths.get(RecordVersionsTest.class.getResource("/records/" + name).toURI());
    }

    @Test
    void newRecordsCarryTheFiredrillAndModelVersion() throws Exception {
        ModelSpec spec = Fixtures.openai();
        Simulation sim = Simulation.start(spec, 1);
        sim.runUntil(spec.tickOf("15:00"));
        SessionRecord r = SessionRecord.of(sim, null, "practice", 0, null, null, List.of(), "2026-12-04T10:00:00Z");
        assertEquals(ModelVersion.MODEL_VERSION, r.modelVersion());
        assertEquals(ModelVersion.firedrillVersion(), r.firedrillVersion());
        assertTrue(r.firedrillVersion().matches("\\d+\\.\\d+\\.\\d+.*"), "the build wrote the version: " + r.firedrillVersion());
        String json = r.toJson();
        assertTrue(json.startsWith("{\n  \"format\" : \"firedrill/session@1\",\n  \"firedrillVersion\" : \""
                + ModelVersion.firedrillVersion() + "\",\n  \"modelVersion\" : " + ModelVersion.MODEL_VERSION + ",\n"), json);
        SessionRecord back = SessionRecord.parse("s.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(r, back);
        assertEquals(r.modelVersion(), back.withGrade(new SessionRecord.Grade(50, "On par", 1.0)).modelVersion(),
                "copies keep the versions");
        assertTrue(back.modelMismatch().isEmpty(), "same engine: replays reproduce it");
    }

    @Test
    void oldRecordsLoadAsUnknownVersionAndSaySo() throws Exception {
        SessionRecord s = SessionRecord.read(FrozenRecordsTest.frozen("session-v1.json"));
        assertNull(s.modelVersion());
        assertNull(s.firedrillVersion());
        String why = s.modelMismatch().orElseThrow();
        assertTrue(why.startsWith("this session was recorded before Firedrill wrote model versions (model version unknown); "
                + "this is Firedrill "), why);
        assertTrue(why.endsWith("with model version " + ModelVersion.MODEL_VERSION
                + ", so the re-simulated outcome may differ from the recorded one"), why);
        assertTrue(s.toJson().startsWith("{\n  \"format\" : \"firedrill/session@1\",\n  \"scenario\""),
                "rewriting an old record does not invent versions");
        DrillRecord d = DrillRecord.read(FrozenRecordsTest.frozen("drill-v1.json"));
        assertTrue(d.modelMismatch().orElseThrow().startsWith("this drill was recorded before Firedrill wrote model versions"));
    }

    @Test
    void aRecordOfAnotherModelVersionSaysWhichMadeIt() throws Exception {
        SessionRecord old = SessionRecord.read(FrozenRecordsTest.frozen("session-v1.json"));
        SessionRecord other = new SessionRecord(old.format(), "0.0.9", ModelVersion.MODEL_VERSION + 7, old.scenario(),
                old.scenarioHash(), old.seed(), old.difficulty(), old.mode(), old.startedTick(), old.endedTick(),
                old.savedAt(), old.commands(), old.outcome(), old.grade(), old.notes());
        String why = other.modelMismatch().orElseThrow();
        assertTrue(why.startsWith("this session was recorded by Firedrill 0.0.9 with model version "
                + (ModelVersion.MODEL_VERSION + 7) + "; this is Firedrill "), why);
        SessionRecord bad = new SessionRecord(old.format(), "x", 0, old.scenario(), old.scenarioHash(), old.seed(),
                old.difficulty(), old.mode(), old.startedTick(), old.endedTick(), old.savedAt(), old.commands(),
                old.outcome(), old.grade(), old.notes());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SessionRecord.parse("bad.json", bad.toBytes()));
        assertEquals("$.modelVersion", e.problems().get(0).path());
    }

    @Test
    void aNewerSessionDrillScenarioOrPlaybookSaysItWasMadeByANewerFiredrill() throws Exception {
        expectNewer(() -> SessionRecord.read(resource("newer/session-v2.json")), "session-v2.json", "session@2", "session@1");
        byte[] bytes = Files.readAllBytes(resource("newer/session-v2.json"));
        expectNewer(() -> SessionRecord.parse("pasted.json", bytes), "pasted.json", "session@2", "session@1");
        expectNewer(() -> DrillRecord.read(resource("newer/drill-v2.json")), "drill-v2.json", "drill@2", "drill@1");
        expectNewer(() -> ScenarioLoader.load(resource("newer/scenario-v2.json")), "scenario-v2.json", "scenario@2", "scenario@1");
        ModelSpec spec = Fixtures.openai();
        expectNewer(() -> Playbooks.load(resource("newer/playbook-v2.json"), spec.scenario()), "playbook-v2.json",
                "playbook@2", "playbook@1");
    }

    @Test
    void otherFormatsAndOlderTagsGetTheOrdinaryMessages() throws Exception {
        String json = Files.readString(FrozenRecordsTest.frozen("session-v1.json"))
                .replace("firedrill/session@1", "firedrill/drill@9");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SessionRecord.parse("s.json", json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.format")
                && p.message().startsWith("expected \"firedrill/session@1\"")), e.getMessage());
    }

    private static void expectNewer(Executable read, String file, String found, String supported) {
        InvalidInputException e = assertThrows(InvalidInputException.class, read);
        assertEquals(1, e.problems().size(), "one message, not one per new field: " + e.getMessage());
        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith(file), p.file());
        assertEquals("$.format", p.path());
        assertEquals("made by a newer Firedrill (" + found + "); this version reads " + supported
                + " (expected \"firedrill/" + supported + "\")", p.message());
    }
}
