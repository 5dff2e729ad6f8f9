package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.app.author.ScenarioFiles;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate} and {@code sensitivity} end to end on the editor's small template, on small budgets. */
class TuningCommandsTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The template with the DNS grace doubled, as a file. */
    private static Path perturbed(Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode tree = (ObjectNode) m.readTree(StrictJson.write(ScenarioFiles.template()));
        ((ObjectNode) tree.get("mechanisms").get("dns")).put("graceSeconds", 960);
        Path file = dir.resolve("perturbed.json");
        Files.writeString(file, m.writeValueAsString(tree));
        return file;
    }

    @Test
    void calibratePrintsResidualsBeforeAndAfterAndWritesTheFittedScenario(@TempDir Path dir) throws Exception {
        Path in = perturbed(dir);
        Path out = dir.resolve("fitted.json");
        Result r = run("calibrate", "--scenario", in.toString(), "--fit", "mechanisms.dns.graceSeconds", "--seeds", "2",
                "--evaluations", "30", "--out", out.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("web-impact"), r.out());
        assertTrue(r.out().contains("within tolerance (median run): before "), r.out());
        Scenario fitted = ScenarioLoader.load(out);
        assertTrue(fitted.mechanisms().dns().graceSeconds() < 960, "fitted " + fitted.mechanisms().dns().graceSeconds());
        assertTrue(fitted.assumptions().stream().anyMatch(a -> a.path().equals("$.mechanisms.dns.graceSeconds")
                && a.reason().startsWith("Fitted to milestones ")), fitted.assumptions().toString());
    }

    @Test
    void calibrateJsonHasEveryMilestoneBeforeAndAfter(@TempDir Path dir) throws Exception {
        Result r = run("calibrate", "--scenario", perturbed(dir).toString(), "--fit", "mechanisms.dns.graceSeconds", "--seeds", "1",
                "--evaluations", "12", "--json");
        assertEquals(Cli.OK, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(ScenarioFiles.template().realTimeline().stream().filter(m -> m.measure() != null).count(),
                j.get("milestones").size());
        JsonNode first = j.get("milestones").get(0);
        assertTrue(first.get("before").has("medianMinutes") && first.get("after").has("within"), first.toString());
        assertTrue(j.get("lossAfter").asDouble() <= j.get("lossBefore").asDouble());
    }

    @Test
    void badPathsAreBadInputNamingThePath(@TempDir Path dir) throws Exception {
        Result r = run("calibrate", "--scenario", perturbed(dir).toString(), "--fit", "mechanisms.dns.nothing");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("$.mechanisms.dns.nothing: selects nothing"), r.err());
        r = run("sensitivity", "--scenario", perturbed(dir).toString(), "--params", "realTimeline[0].at");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("not a parameter"), r.err());
    }

    @Test
    void sensitivityReportsEachParametersMilestoneMovesAsJson(@TempDir Path dir) throws Exception {
        Path in = perturbed(dir);
        Result r = run("sensitivity", "--scenario", in.toString(), "--params", "mechanisms.dns.graceSeconds",
                "mechanisms.telemetry.removalSeconds", "--seeds", "1", "--strategy-seeds", "0", "--json");
        assertEquals(Cli.OK, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("parameters").size());
        JsonNode top = j.get("parameters").get(0);
        assertEquals("$.mechanisms.dns.graceSeconds", top.get("path").asText());
        assertEquals("timeline", top.get("pinnedBy").asText());
        assertEquals("768", top.get("low").get("value").asText());
        assertTrue(top.get("high").get("milestoneShiftMinutes").get("web-impact").asDouble() > 0, top.toString());
        Result md = run("sensitivity", "--scenario", in.toString(), "--params", "mechanisms.dns.graceSeconds", "--seeds", "1",
                "--strategy-seeds", "0", "--markdown");
        assertEquals(Cli.OK, md.code(), md.err());
        assertTrue(md.out().startsWith("| Parameter | As written |"), md.out());
        assertTrue(md.out().contains("| `dns.graceSeconds` | 960 |"), md.out());
        assertFalse(md.out().contains("\t"));
    }
}
