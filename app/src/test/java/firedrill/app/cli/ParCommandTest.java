package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import firedrill.engine.scenario.StrictJson;
import org.junit.jupiter.api.Test;

/**
 * {@code par}: the JSON shape and the reference distribution. How fast Monte Carlo runs is measured by
 * {@code bench} ({@code monteCarloRunsPerMinute}), never asserted here: wall time depends on the machine.
 */
class ParCommandTest {
    @Test
    void printsTheDistributionAsJson() throws Exception {
        CliTest.Result r = CliTest.run("par", "--scenario", "openai-2024-12-11", "--runs", "40", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = StrictJson.mapper().readTree(r.out());
        assertEquals(40, j.get("runs").asInt());
        for (String p : new String[] {"p10", "p50", "p90"}) {
            assertTrue(j.get("impactMinutes").get(p).isNumber(), p);
            assertTrue(j.get("services").get("api").get("fullRecovery").get(p).isTextual(), p);
        }
        assertEquals("default", j.get("tempo").asText());
        double p10 = j.get("impactMinutes").get("p10").asDouble();
        double p90 = j.get("impactMinutes").get("p90").asDouble();
        assertTrue(p90 - p10 >= 30 && p10 > 200 && p90 < 600,
                "a real team's timing spreads the reference impact: " + p10 + "–" + p90);
        assertEquals(40, j.get("services").get("api").get("recovered").asInt());
        assertTrue(j.get("milestones").size() >= 12);
        assertTrue(j.get("elapsedMs").canConvertToLong() && j.get("elapsedMs").asLong() >= 0, "elapsed time reported");
    }

    @Test
    void tempoNoneKeepsThePublishedTimes() throws Exception {
        CliTest.Result r = CliTest.run("par", "--scenario", "openai-2024-12-11", "--runs", "8", "--tempo", "none", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = StrictJson.mapper().readTree(r.out());
        assertEquals("none", j.get("tempo").asText());
        double p10 = j.get("impactMinutes").get("p10").asDouble();
        double p90 = j.get("impactMinutes").get("p90").asDouble();
        assertTrue(p90 - p10 < 15 && p10 > 330 && p90 < 400, "only chance varies: " + p10 + "–" + p90);
    }

    @Test
    void badInputIsExitTwo() {
        assertEquals(Cli.BAD_INPUT, CliTest.run("par", "--scenario", "no-such-scenario", "--runs", "2").code());
        assertEquals(Cli.BAD_INPUT, CliTest.run("par", "--scenario", "openai-2024-12-11", "--runs", "0").code());
        CliTest.Result r = CliTest.run("par", "--scenario", "openai-2024-12-11", "--runs", "2", "--tempo", "fast");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--tempo") && r.err().contains("none, default"), r.err());
    }
}
