package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.sim.Playbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving: canonical round trip of every shipped scenario, backups, shipped files refused, user scenarios. */
class ScenarioFilesTest {
    private static byte[] shippedBytes(String id) throws IOException {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + id + ".json")) {
            assertNotNull(in, id);
            return in.readAllBytes();
        }
    }

    @Test
    void everyShippedScenarioSavesByteIdenticalWithoutEdits(@TempDir Path dir) throws Exception {
        List<String> ids = ScenarioLoader.shippedIds();
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            ScenarioDocument doc = new ScenarioDocument(ScenarioLoader.loadShipped(id), ScenarioDocument.Origin.SHIPPED, null);
            assertFalse(doc.save(), "a shipped scenario is never saved in place");
            Path out = dir.resolve(id + ".json");
            doc.saveAs(out);
            assertArrayEquals(shippedBytes(id), Files.readAllBytes(out), id + " round trip");
            assertFalse(doc.isDirty());
            // Opened from that file and saved again in place: identical, and the previous version is kept.
            ScenarioDocument again = new ScenarioDocument(ScenarioLoader.load(out), ScenarioDocument.Origin.FILE, out);
            assertTrue(again.save());
            assertArrayEquals(shippedBytes(id), Files.readAllBytes(out), id + " second round trip");
            assertArrayEquals(shippedBytes(id), Files.readAllBytes(ScenarioFiles.backupOf(out)), id + " backup");
        }
    }

    @Test
    void saveKeepsThePreviousVersionAsBak(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.json");
        ScenarioDocument doc = new ScenarioDocument(ScenarioFiles.template(), ScenarioDocument.Origin.NEW, null);
        doc.saveAs(f);
        byte[] first = Files.readAllBytes(f);
        assertFalse(Files.exists(ScenarioFiles.backupOf(f)), "nothing to back up on the first save");
        doc.set("$.meta.title", "Edited");
        assertTrue(doc.isDirty());
        assertTrue(doc.save());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("mine.json.bak")));
        assertTrue(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains("\"title\": \"Edited\""));
        assertFalse(doc.isDirty());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp files left behind");
        }
    }

    @Test
    void shippedFilesInTheSourceTreeAreNeverOverwritten(@TempDir Path dir) throws Exception {
        Path scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios);
        String id = ScenarioLoader.shippedIds().get(0);
        Files.writeString(scenarios.resolve("index.txt"), id + "\n");
        Path shipped = scenarios.resolve(id + ".json");
        Files.write(shipped, shippedBytes(id));
        assertTrue(ScenarioFiles.isShipped(shipped));
        ScenarioDocument doc = new ScenarioDocument(ScenarioLoader.load(shipped), ScenarioDocument.Origin.FILE, shipped);
        doc.set("$.meta.title", "Changed");
        assertFalse(doc.canSaveInPlace());
        assertFalse(doc.save());
        assertThrows(IOException.class, () -> doc.saveAs(shipped));
        assertArrayEquals(shippedBytes(id), Files.readAllBytes(shipped));
        assertFalse(ScenarioFiles.isShipped(dir.resolve("other.json")));
        String copy = ScenarioFiles.copyId(id);
        assertNotEquals(id, copy);
        assertTrue(copy.startsWith(id + "-copy"));
    }

    @Test
    void templateIsCanonicalValidAndSolvableAndDoingNothingDoesNotRecover() throws Exception {
        byte[] raw;
        try (InputStream in = ScenarioFiles.class.getResourceAsStream(ScenarioFiles.TEMPLATE)) {
            raw = in.readAllBytes();
        }
        Scenario t = ScenarioFiles.template();
        assertArrayEquals(raw, ScenarioFiles.bytes(t), "the template is stored in canonical form");
        assertTrue(LiveValidation.validate("template", t).isEmpty());
        assertTrue(t.timeline().stream().anyMatch(e -> "rollout".equals(e.kind())), "it has a trigger");
        Solvability.Report r = Solvability.check(t, Solvability.DEFAULT_SEEDS, 1, p -> { }, () -> false);
        assertTrue(r.solvable(), () -> "template not solvable: " + r.findings());
    }

    @Test
    void userScenariosAreListedAndBrokenOrDuplicateOnesExplained() throws Exception {
        Path dir = ScenarioFiles.userDir();
        Files.createDirectories(dir);
        Scenario mine = ScenarioLens.with(ScenarioFiles.template(), "$.meta.id", "team-incident");
        ScenarioFiles.save(dir.resolve("team-incident.json"), mine);
        Files.writeString(dir.resolve("broken.json"), "{ \"format\": ");
        Scenario clash = ScenarioLens.with(ScenarioFiles.template(), "$.meta.id", ScenarioLoader.shippedIds().get(0));
        ScenarioFiles.save(dir.resolve("clash.json"), clash);
        List<String> problems = new ArrayList<>();
        List<UserScenarios.Entry> entries = UserScenarios.list(problems);
        assertEquals(List.of("team-incident"), entries.stream().map(e -> e.scenario().id()).toList());
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken.json")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("already in the library")));
        assertEquals(dir.resolve("team-incident.json"), UserScenarios.fileOf("team-incident"));
        Files.delete(dir.resolve("broken.json"));
        Files.delete(dir.resolve("clash.json"));
        Files.delete(dir.resolve("team-incident.json"));
    }

    @Test
    void aScenarioMadeFromTheTemplatePlaysLikeAShippedOne() throws Exception {
        ScenarioDocument doc = new ScenarioDocument(ScenarioFiles.template(), ScenarioDocument.Origin.NEW, null);
        doc.set("$.meta.id", "our-outage");
        doc.set("$.meta.title", "Our outage");
        Path f = ScenarioFiles.userDir().resolve("our-outage.json");
        doc.saveAs(f);
        Scenario loaded = ScenarioLoader.load(f);
        ModelSpec spec = new ModelSpec(loaded);
        RunOutcome ref = RunOutcome.of(Playbooks.run(spec, 1,
                Playbooks.commands(loaded.referencePlaybook(), spec, "reference"), spec.horizonTick()));
        boolean anyHit = false;
        for (ServiceOutcome s : ref.services().values()) {
            if (s.impactStart() >= 0) {
                anyHit = true;
                assertTrue(s.fullRecovery() >= 0, "the reference playbook recovers every hit service");
            }
        }
        assertTrue(anyHit);
        RunOutcome nothing = RunOutcome.of(Playbooks.run(spec, 1, List.of(), spec.horizonTick()));
        assertTrue(nothing.services().values().stream().allMatch(s -> s.impactStart() >= 0 && s.fullRecovery() < 0));
        Files.delete(f);
    }
}
