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
}
