package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.session.SessionRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --save} writes a session record; {@code score} re-scores it and writes the AAR. */
class ScoreCommandTest {
    private static final String FAST = "../engine/src/test/resources/playbooks/openai-fast-response.json";

    @Test
    void simulateSavesAndScoreWritesTheReport(@TempDir Path dir) throws Exception {
        Path session = dir.resolve("fast.json");
        CliTest.Result sim = CliTest.run("simulate", "--scenario", "openai-2024-12-11", "--playbook", FAST, "--seed", "2",
                "--json", "--save", session.toString());
        assertEquals(0, sim.code(), sim.err());
        SessionRecord record = SessionRecord.read(session);
        assertEquals(2L, record.seed());
        assertEquals("simulate", record.mode());
        assertEquals(10, record.commands().size());
        assertEquals(StrictJson.mapper().readTree(sim.out()), StrictJson.mapper().valueToTree(record.outcome()),
                "the record keeps the simulate --json object");
        assertEquals("Better than the real team", record.grade().label());

        Path html = dir.resolve("aar.html");
        CliTest.Result score = CliTest.run("score", "--session", session.toString(), "--html", html.toString(), "--json",
                "--par", "0");
        assertEquals(0, score.code(), score.err());
        JsonNode aar = StrictJson.mapper().readTree(score.out());
        assertEquals("firedrill/aar@1", aar.get("format").asText());
        assertEquals(record.grade().value().intValue(), aar.get("summary").get("grade").asInt(), "re-scoring reproduces the grade");
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<section id=\"discussion\">"));
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("<script"));

        CliTest.Result text = CliTest.run("score", "--session", session.toString(), "--par", "0");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("first effective mitigation: 15:14 block-admin-api (real team: 15:27 shift-traffic)"),
                text.out());
    }

    @Test
    void aSessionOfAnotherScenarioVersionIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path session = dir.resolve("s.json");
        assertEquals(0, CliTest.run("simulate", "--scenario", "openai-2024-12-11", "--until", "15:30", "--save",
                session.toString()).code());
        String json = Files.readString(session).replaceFirst("\"scenarioHash\" : \"[0-9a-f]{64}\"",
                "\"scenarioHash\" : \"" + "0".repeat(64) + "\"");
        Files.writeString(session, json);
        CliTest.Result r = CliTest.run("score", "--session", session.toString(), "--par", "0");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("different version of scenario \"openai-2024-12-11\""), r.err());

        Files.writeString(session, json.replace("\"seed\" :", "\"sed\" :"));
        CliTest.Result bad = CliTest.run("score", "--session", session.toString());
        assertEquals(Cli.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("$.sed: unknown field"), bad.err());
    }

    @Test
    void subcommandsAreRegistered() {
        CliTest.Result r = CliTest.run("--help");
        for (String name : new String[] {"simulate", "validate", "par", "score", "bench"}) {
            assertTrue(r.out().contains("  " + name + " "), name + " in " + r.out());
        }
    }

    @Test
    void aSessionOfAnotherModelVersionIsReplayedWithBothOutcomesShown(@TempDir Path dir) throws Exception {
        Path session = dir.resolve("s.json");
        assertEquals(0, CliTest.run("simulate", "--scenario", "openai-2024-12-11", "--playbook", "reference", "--save",
                session.toString()).code());
        SessionRecord current = SessionRecord.read(session);
        assertEquals(firedrill.engine.sim.ModelVersion.MODEL_VERSION, current.modelVersion());
        CliTest.Result same = CliTest.run("score", "--session", session.toString(), "--par", "0");
        assertFalse(same.out().contains("outcome:"), "same model version: no note\n" + same.out());

        // As written before versions existed: no version fields.
        String json = Files.readString(session).replaceFirst("\n  \"firedrillVersion\" : \"[^\"]*\",", "")
                .replaceFirst("\n  \"modelVersion\" : \\d+,", "");
        Files.writeString(session, json);
        CliTest.Result old = CliTest.run("score", "--session", session.toString(), "--par", "0");
        assertEquals(0, old.code(), old.err());
        String grade = "grade " + current.grade().value() + " (" + current.grade().label() + "), "
                + String.format(java.util.Locale.ROOT, "%.1f", current.grade().impactMinutes()) + " impact minutes";
        assertTrue(old.out().startsWith("This session was recorded before Firedrill wrote model versions (model version "
                + "unknown); this is Firedrill "), old.out());
        assertTrue(old.out().contains("so the re-simulated outcome may differ from the recorded one.\n"
                + "Recorded outcome: " + grade + ".\nRe-simulated outcome: " + grade + " (the same).\n"), old.out());

        // Made by another model version, with another recorded grade: both are shown, and differ.
        Files.writeString(session, json.replaceFirst("\n  \"scenario\" :",
                "\n  \"firedrillVersion\" : \"0.0.1\",\n  \"modelVersion\" : 99,\n  \"scenario\" :")
                .replaceFirst("\"value\" : \\d+", "\"value\" : 3"));
        CliTest.Result other = CliTest.run("score", "--session", session.toString(), "--par", "0", "--json");
        assertEquals(0, other.code(), other.err());
        assertEquals("firedrill/aar@1", StrictJson.mapper().readTree(other.out()).get("format").asText(),
                "stdout stays one JSON object");
        assertTrue(other.err().contains("This session was recorded by Firedrill 0.0.1 with model version 99; this is"),
                other.err());
        assertTrue(other.err().contains("Recorded outcome: grade 3 (" + current.grade().label() + ")"), other.err());
        assertTrue(other.err().contains("Re-simulated outcome: " + grade + " (differs)."), other.err());
    }
}
